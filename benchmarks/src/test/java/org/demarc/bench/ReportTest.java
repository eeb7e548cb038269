package org.demarc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void theIntervalIsTheDeltaMethodsWithStudentsT() {
    // two iterations each: one degree of freedom, t(0.9995, 1) = 636.62; the evaluation's throughput is exact and the
    // session's relative standard error is 0.0001, so the interval is 1.1 * exp(-+0.06366): 1.032 to 1.172
    double sd = 110 * Math.sqrt(2) * 0.0001;
    assertThat(Report.ratio(100, 0, 2, 110, sd, 2))
        .isEqualTo("full evaluation / rule session alone: 1.10x (99.9% confidence interval 1.03 to 1.17x); "
            + "target <= 1.3x: met");
  }

  @Test
  void aRatioClearlyWithinTheTargetIsMet() {
    assertThat(Report.ratio(3_445, 200, 32, 3_898, 400, 32))
        .isEqualTo("full evaluation / rule session alone: 1.13x (99.9% confidence interval 1.05 to 1.22x); "
            + "target <= 1.3x: met");
  }

  @Test
  void aRatioClearlyBeyondTheTargetIsNotMet() {
    assertThat(Report.ratio(2_000, 100, 20, 4_000, 200, 20)).startsWith("full evaluation / rule session alone: 2.00x")
        .endsWith("target <= 1.3x: not met");
  }

  @Test
  void aNoisyRunShowsNothing() {
    assertThat(Report.ratio(3_771, 300, 5, 4_540, 2_000, 5))
        .endsWith("target <= 1.3x: not shown (the interval crosses the target)");
  }

  @Test
  void oneIterationGivesNoInterval() {
    assertThat(Report.ratio(3_000, 0, 1, 3_300, 0, 1))
        .isEqualTo("full evaluation / rule session alone: 1.10x (no interval: too few iterations); "
            + "target <= 1.3x: not shown");
  }

  @Test
  void pairsGiveStudentsTOverTheirLogRatios() {
    // six pairs at 1.10x and 1.14x in turn: geometric mean 1.12x; t(0.9995, 5) = 6.869 over a standard error of
    // 0.00799 in the logarithm gives 1.06 to 1.18x
    assertThat(Report.paired(alternating(1.10, 1.14))).isEqualTo("full evaluation / rule session alone: 1.12x "
        + "(99.9% confidence interval 1.06 to 1.18x over 6 pairs); target <= 1.3x: met");
  }

  @Test
  void pairsThatDisagreeShowNothing() {
    assertThat(Report.paired(alternating(1.25, 1.45))).isEqualTo("full evaluation / rule session alone: 1.35x "
        + "(99.9% confidence interval 1.07 to 1.69x over 6 pairs); target <= 1.3x: not shown (the interval crosses the "
        + "target)");
  }

  /** The logarithms of six pairs' ratios, {@code a} and {@code b} in turn. */
  private static double[] alternating(double a, double b) {
    double[] logs = new double[6];
    for (int i = 0; i < logs.length; i++) {
      logs[i] = Math.log(i % 2 == 0 ? a : b);
    }
    return logs;
  }
}

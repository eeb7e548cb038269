package org.demarc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void iterationsInTurnsGiveEachForksIntervalAndTheRunsOne() {
    // two forks of six iterations, 1.10x and 1.14x in turns: each fork's and the run's ratio 1.12x; the run's twelve
    // iterations, t(0.9995, 11) = 4.437 over a standard error of 0.00537, give 1.09 to 1.15x
    assertThat(Report.inTurns(List.of(alternating(1.10, 1.14), alternating(1.10, 1.14)))).isEqualTo("""
        fork 1: 1.12x (99.9% confidence interval 1.06 to 1.18x over 6 iterations)
        fork 2: 1.12x (99.9% confidence interval 1.06 to 1.18x over 6 iterations)
        full evaluation / rule session alone, in turns: 1.12x (99.9% confidence interval 1.09 to 1.15x over 12 \
        iterations in 2 forks); target <= 1.3x: met""");
  }

  @Test
  void aForkWhoseIntervalCrossesTheTargetLeavesItNotShown() {
    // the run's interval alone (1.09 to 1.18x) would be within the target; the fourth fork's is not
    assertThat(Report.inTurns(List.of(alternating(1.10, 1.12), alternating(1.10, 1.12), alternating(1.10, 1.12),
        alternating(1.15, 1.30)))).endsWith("target <= 1.3x: not shown (a fork's interval crosses the target)")
        .contains("fork 4: 1.22x (99.9% confidence interval 1.01 to 1.48x over 6 iterations)");
  }

  @Test
  void iterationsInTurnsClearlyBeyondTheTargetAreNotMet() {
    assertThat(Report.inTurns(List.of(alternating(1.50, 1.52), alternating(1.49, 1.55))))
        .endsWith("target <= 1.3x: not met");
  }

  @Test
  void oneIterationInTurnsGivesNoInterval() {
    assertThat(Report.inTurns(List.of(new double[] {Math.log(1.1)}))).isEqualTo("""
        fork 1: 1 iterations in turns, too few for an interval
        full evaluation / rule session alone, in turns: 1 iterations, too few for an interval; target <= 1.3x: \
        not shown""");
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

package org.demarc.bench;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs JMH with the command line JMH's own main takes, then states what the issue asks of the report: the typical
 * evaluation's cost relative to the rule session alone ({@link EvaluateBenchmark#typicalThreeSegments} against
 * {@link RuleSessionBenchmark#typicalThreeSegmentsRulesOnly}), with the ratio's confidence interval, against the
 * target of at most 1.3×. Listing and help go to JMH's main unchanged.
 */
public final class Report {
  static final double TARGET = 1.3;
  /** The level of JMH's own score errors. */
  static final double CONFIDENCE = 0.999;
  private static final String FULL = EvaluateBenchmark.class.getName() + ".typicalThreeSegments";
  private static final String RULES = RuleSessionBenchmark.class.getName() + ".typicalThreeSegmentsRulesOnly";

  private Report() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    String ratio = ratio(new Runner(options).run());
    if (ratio != null) {
      System.out.println();
      System.out.println(ratio);
    }
  }

  /**
   * The line stating the full evaluation's cost relative to the rule session alone, or null when the run did not
   * include both benchmarks. Both are throughputs, so the cost ratio is the session's score over the evaluation's.
   */
  static String ratio(Collection<RunResult> results) {
    Result<?> full = primary(results, FULL);
    Result<?> rules = primary(results, RULES);
    if (full == null || rules == null) {
      return null;
    }
    Statistics f = full.getStatistics();
    Statistics r = rules.getStatistics();
    return ratio(f.getMean(), f.getStandardDeviation(), f.getN(), r.getMean(), r.getStandardDeviation(), r.getN());
  }

  /**
   * The ratio of the two benchmarks' mean throughputs (the session's over the evaluation's) with its confidence
   * interval at JMH's own level (99.9%), taken over the two benchmarks' iterations as JMH takes each score's: the
   * logarithm of a ratio of two independent means has the standard error {@code sqrt(se_a²/a² + se_b²/b²)} (the
   * delta method), and the interval uses Student's t with the fewer iterations' degrees of freedom. The target counts
   * as met only when the whole interval is within it, not met when the whole interval is beyond it.
   */
  static String ratio(double full, double fullSd, long fullN, double rules, double rulesSd, long rulesN) {
    double ratio = rules / full;
    long df = Math.min(fullN, rulesN) - 1;
    String interval;
    String verdict;
    if (df < 1 || !(full > 0) || !(rules > 0)) {
      interval = "no interval: too few iterations";
      verdict = "not shown";
    } else {
      double relative = Math.sqrt(fullSd * fullSd / fullN / (full * full) + rulesSd * rulesSd / rulesN / (rules * rules));
      double t = new TDistribution(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
      double low = ratio * Math.exp(-t * relative);
      double high = ratio * Math.exp(t * relative);
      interval = String.format(Locale.ROOT, "%.1f%% confidence interval %.2f to %.2fx", CONFIDENCE * 100, low, high);
      verdict = high <= TARGET ? "met" : low > TARGET ? "not met" : "not shown (the interval crosses the target)";
    }
    return String.format(Locale.ROOT,
        "full evaluation / rule session alone: %.2fx (%s); target <= %.1fx: %s", ratio, interval, TARGET, verdict);
  }

  private static Result<?> primary(Collection<RunResult> results, String benchmark) {
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().equals(benchmark)) {
        return r.getPrimaryResult();
      }
    }
    return null;
  }
}

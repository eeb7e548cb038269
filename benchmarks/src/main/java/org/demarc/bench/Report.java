package org.demarc.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the command line JMH's own main takes, then states what the issue asks of the report: the typical
 * evaluation's cost relative to the rule session alone ({@link EvaluateBenchmark#typicalThreeSegments} against
 * {@link RuleSessionBenchmark#typicalThreeSegmentsRulesOnly}), with the span their confidence intervals allow, against
 * the target of at most 1.3×. Listing and help go to JMH's main unchanged.
 */
public final class Report {
  static final double TARGET = 1.3;
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
   * include both benchmarks. Both are throughputs, so the cost ratio is the session's score over the evaluation's; the
   * span pairs the ends of their confidence intervals, and the target counts as met only when the whole span is
   * within it.
   */
  static String ratio(Collection<RunResult> results) {
    Result<?> full = primary(results, FULL);
    Result<?> rules = primary(results, RULES);
    if (full == null || rules == null) {
      return null;
    }
    return ratio(full.getScore(), full.getScoreConfidence(), rules.getScore(), rules.getScoreConfidence());
  }

  static String ratio(double full, double[] fullSpan, double rules, double[] rulesSpan) {
    double ratio = rules / full;
    // a short or noisy run's interval may reach below zero: a throughput is not negative
    double low = Math.max(0, rulesSpan[0]) / fullSpan[1];
    double high = fullSpan[0] > 0 ? rulesSpan[1] / fullSpan[0] : Double.POSITIVE_INFINITY;
    String verdict = high <= TARGET ? "met" : low > TARGET ? "not met" : "not shown (the span crosses the target)";
    return String.format(Locale.ROOT,
        "full evaluation / rule session alone: %.2fx (%.2f to %s from the confidence intervals); target <= %.1fx: %s",
        ratio, low, Double.isInfinite(high) ? "unbounded" : String.format(Locale.ROOT, "%.2fx", high), TARGET,
        verdict);
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

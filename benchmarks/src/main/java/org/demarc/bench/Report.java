package org.demarc.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.TDistribution;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
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
  /** Report's own option: the ratio from this many pairs of one-fork runs (see {@link #paired}). */
  static final String PAIRS = "-pairs";
  private static final String FULL = EvaluateBenchmark.class.getName() + ".typicalThreeSegments";
  private static final String RULES = RuleSessionBenchmark.class.getName() + ".typicalThreeSegmentsRulesOnly";
  private static final String IN_TURNS = InTurnsBenchmark.class.getName() + ".typicalInTurns";

  private Report() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    int pairs = 0;
    int at = rest.indexOf(PAIRS);
    if (at >= 0) {
      if (at + 1 >= rest.size() || !rest.get(at + 1).matches("[1-9][0-9]?")) {
        System.err.println(PAIRS + " takes the number of pairs, 2 to 99");
        System.exit(2);
      }
      pairs = Integer.parseInt(rest.remove(at + 1));
      rest.remove(at);
    }
    CommandLineOptions options = new CommandLineOptions(rest.toArray(String[]::new));
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(rest.toArray(String[]::new));
      return;
    }
    if (pairs > 0) {
      if (pairs < 2 || !options.getIncludes().isEmpty()) {
        System.err.println(PAIRS + " runs the two benchmarks of the ratio itself, at least twice: give it no benchmark"
            + " names, only JMH's other options (iterations, times, JVM options)");
        System.exit(2);
      }
      System.out.println(paired(options, pairs));
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    String ratio = ratio(results);
    if (ratio != null) {
      System.out.println();
      System.out.println(ratio);
    }
    String inTurns = inTurns(results);
    if (inTurns != null) {
      System.out.println();
      System.out.println(inTurns);
    }
  }

  /**
   * The ratio from {@link InTurnsBenchmark}'s iterations, or null when the run did not include it: each iteration's
   * ratio is the time its blocks of full evaluations took over its blocks of rule sessions alone; each fork's
   * iterations give that fork's ratio and interval (Student's t over their log ratios), and all iterations together
   * the run's. Met only when every fork's interval is within the target, so that a fork the JIT compiled its own way
   * cannot hide among the others; not met when the run's whole interval is beyond it.
   */
  static String inTurns(Collection<RunResult> results) {
    List<double[]> forks = new ArrayList<>();
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().equals(IN_TURNS)) {
        for (BenchmarkResult fork : r.getBenchmarkResults()) {
          forks.add(fork.getIterationResults().stream()
              .mapToDouble(i -> Math.log(score(i.getSecondaryResults(), InTurnsBenchmark.FULL)
                  / score(i.getSecondaryResults(), InTurnsBenchmark.RULES)))
              .filter(Double::isFinite).toArray());
        }
      }
    }
    return forks.isEmpty() ? null : inTurns(forks);
  }

  private static double score(Map<String, Result> secondary, String name) {
    Result r = secondary.get(name);
    return r == null ? 0 : r.getScore();
  }

  /** The lines stating the ratio from forks' iterations in turns, each iteration's log ratio. */
  static String inTurns(List<double[]> forks) {
    StringBuilder out = new StringBuilder();
    boolean everyForkMet = true;
    for (int f = 0; f < forks.size(); f++) {
      double[] logs = forks.get(f);
      double[] interval = logs.length < 2 ? null : interval(logs);
      everyForkMet &= interval != null && interval[2] <= TARGET;
      out.append(interval == null
          ? String.format(Locale.ROOT, "fork %d: %d iterations in turns, too few for an interval%n", f + 1, logs.length)
          : String.format(Locale.ROOT, "fork %d: %.2fx (%.1f%% confidence interval %.2f to %.2fx over %d iterations)%n",
              f + 1, interval[0], CONFIDENCE * 100, interval[1], interval[2], logs.length));
    }
    double[] all = forks.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    if (all.length < 2) {
      return out + String.format(Locale.ROOT, "full evaluation / rule session alone, in turns: %d iterations, too few"
          + " for an interval; target <= %.1fx: not shown", all.length, TARGET);
    }
    double[] interval = interval(all);
    return out + verdict(", in turns", interval[0], interval[1], interval[2],
        String.format(Locale.ROOT, "over %d iterations in %d forks", all.length, forks.size()), everyForkMet);
  }

  /**
   * Runs the two benchmarks one fork each, one after the other, {@code pairs} times, the first of each pair taking
   * turns, and states the ratio from the pairs: each pair's two scores were taken minutes apart on the same machine,
   * so the machine's slower and faster hours, which move a whole run's scores, cancel in each pair's ratio. The
   * interval is Student's t over the pairs' log ratios at JMH's level (99.9%).
   */
  private static String paired(CommandLineOptions options, int pairs) throws Exception {
    double[] logs = new double[pairs];
    StringBuilder each = new StringBuilder();
    for (int i = 0; i < pairs; i++) {
      double full = 0;
      double rules = 0;
      for (String benchmark : i % 2 == 0 ? List.of(FULL, RULES) : List.of(RULES, FULL)) {
        Options one = new OptionsBuilder().parent(options).include("^" + Pattern.quote(benchmark) + "$").forks(1)
            .build();
        double score = primary(new Runner(one).run(), benchmark).getScore();
        if (benchmark.equals(FULL)) {
          full = score;
        } else {
          rules = score;
        }
      }
      logs[i] = Math.log(rules / full);
      each.append(String.format(Locale.ROOT, "pair %d: full evaluation %.0f/s, rule session alone %.0f/s: %.2fx%n",
          i + 1, full, rules, rules / full));
    }
    return System.lineSeparator() + each + paired(logs);
  }

  /** The line stating the ratio from pairs' log ratios. */
  static String paired(double[] logs) {
    double[] interval = interval(logs);
    return verdict("", interval[0], interval[1], interval[2], String.format(Locale.ROOT, "over %d pairs", logs.length),
        true);
  }

  /**
   * The ratio (the geometric mean) from at least two pairs' log ratios and its interval, Student's t at JMH's level:
   * {ratio, low, high}.
   */
  static double[] interval(double[] logs) {
    int n = logs.length;
    double mean = java.util.Arrays.stream(logs).average().orElseThrow();
    double variance = java.util.Arrays.stream(logs).map(l -> (l - mean) * (l - mean)).sum() / (n - 1);
    double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    double half = t * Math.sqrt(variance / n);
    return new double[] {Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half)};
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
    if (df < 1 || !(full > 0) || !(rules > 0)) {
      return String.format(Locale.ROOT,
          "full evaluation / rule session alone: %.2fx (no interval: too few iterations); target <= %.1fx: not shown",
          ratio, TARGET);
    }
    double relative = Math.sqrt(fullSd * fullSd / fullN / (full * full) + rulesSd * rulesSd / rulesN / (rules * rules));
    double t = new TDistribution(df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    return verdict("", ratio, ratio * Math.exp(-t * relative), ratio * Math.exp(t * relative), null, true);
  }

  /**
   * The ratio and its interval against the target: met only when the whole interval is within it (and, for a run of
   * several forks measured in turns, every fork's interval too), not met when the whole interval is beyond it.
   */
  private static String verdict(String how, double ratio, double low, double high, String over, boolean forksMet) {
    String verdict = high <= TARGET && forksMet ? "met"
        : low > TARGET ? "not met"
        : high <= TARGET ? "not shown (a fork's interval crosses the target)"
        : "not shown (the interval crosses the target)";
    return String.format(Locale.ROOT,
        "full evaluation / rule session alone%s: %.2fx (%.1f%% confidence interval %.2f to %.2fx%s); target <= %.1fx:"
            + " %s",
        how, ratio, CONFIDENCE * 100, low, high, over == null ? "" : " " + over, TARGET, verdict);
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

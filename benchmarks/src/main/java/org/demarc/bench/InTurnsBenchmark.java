package org.demarc.bench;

import java.util.concurrent.TimeUnit;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full evaluation of the typical flow and its rule session alone measured in turns in the same JVM: each
 * invocation runs a block of {@link #BLOCK} full evaluations and a block of as many rule sessions alone (the first
 * block taking turns), a few milliseconds each, and times each block. {@link EvaluateBenchmark} and
 * {@link RuleSessionBenchmark} each run in a fork of their own, seconds or minutes apart, and on this machine the
 * speed moves between them by more than the ratio's distance from its target (even between neighbouring iterations
 * of 2 s, by up to half); blocks a few milliseconds apart see the same machine. Each iteration reports the
 * nanoseconds its blocks of each kind took ({@link Turns}), and {@link Report} states their ratio. A block's garbage
 * collections fall in the block whose allocation triggers them, so each kind pays for the memory it allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InTurnsBenchmark {
  /** Evaluations in a block. */
  static final int BLOCK = 16;
  /** The secondary results' names: the fields of {@link Turns}. */
  static final String FULL = "fullEvaluationNanos";
  static final String RULES = "ruleSessionAloneNanos";

  private DemarcEngine engine;
  private DataFlow typical;

  /** The nanoseconds the current iteration's blocks of each kind took (equal numbers of each). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Turns {
    public long fullEvaluationNanos;
    public long ruleSessionAloneNanos;
    private boolean fullFirst;

    @Setup(Level.Iteration)
    public void reset() {
      fullEvaluationNanos = 0;
      ruleSessionAloneNanos = 0;
    }
  }

  @Setup
  public void setUp() {
    engine = DemarcEngine.create();
    typical = EvaluateBenchmark.flow(3);
    if (!engine.applicableRules(typical, Edition.E2008_V3)
        .equals(engine.evaluate(typical, Edition.E2008_V3).firedRules())) {
      throw new IllegalStateException("the rule session did not fire the rules the evaluation cites");
    }
  }

  @Benchmark
  @OperationsPerInvocation(2 * BLOCK)
  public void typicalInTurns(Turns turns, Blackhole out) {
    turns.fullFirst = !turns.fullFirst;
    if (turns.fullFirst) {
      turns.fullEvaluationNanos += full(out);
      turns.ruleSessionAloneNanos += rules(out);
    } else {
      turns.ruleSessionAloneNanos += rules(out);
      turns.fullEvaluationNanos += full(out);
    }
  }

  private long full(Blackhole out) {
    long start = System.nanoTime();
    for (int i = 0; i < BLOCK; i++) {
      out.consume(engine.evaluate(typical, Edition.E2008_V3));
    }
    return System.nanoTime() - start;
  }

  private long rules(Blackhole out) {
    long start = System.nanoTime();
    for (int i = 0; i < BLOCK; i++) {
      out.consume(engine.applicableRules(typical, Edition.E2008_V3));
    }
    return System.nanoTime() - start;
  }
}

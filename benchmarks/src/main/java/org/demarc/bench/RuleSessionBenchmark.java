package org.demarc.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule session's share of an evaluation of the typical flow, through the engine's public interface:
 * {@link DemarcEngine#applicableRules} validates the flow, takes a pooled session, inserts the facts, fires the rules
 * and resets the session, without building the answer. The JMH report states the full evaluation's cost relative
 * to this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleSessionBenchmark {
  private DemarcEngine engine;
  private DataFlow typical;

  @Setup
  public void setUp() {
    engine = DemarcEngine.create();
    typical = EvaluateBenchmark.flow(3);
    List<String> expected = engine.evaluate(typical, Edition.E2008_V3).firedRules();
    if (!engine.applicableRules(typical, Edition.E2008_V3).equals(expected)) {
      throw new IllegalStateException("the rule session did not fire the rules the evaluation cites");
    }
  }

  @Benchmark
  public List<String> typicalThreeSegmentsRulesOnly() {
    return engine.applicableRules(typical, Edition.E2008_V3);
  }
}

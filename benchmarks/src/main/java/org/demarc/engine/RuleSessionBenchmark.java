package org.demarc.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarc.bench.EvaluateBenchmark;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.rules.support.Activation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule session's share of an evaluation of the typical flow: taking a pooled session, inserting the facts,
 * firing the rules and resetting the session, without validating the flow or assembling the result. Lives in the
 * engine's package to reach {@link KieDemarcEngine#fire}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleSessionBenchmark {
  private KieDemarcEngine engine;
  private DataFlow typical;

  @Setup
  public void setUp() {
    engine = KieDemarcEngine.fromClasspath();
    typical = EvaluateBenchmark.flow(3);
    int expected = engine.evaluate(typical, Edition.E2008_V3).findings().size();
    if (engine.fire(typical, Edition.E2008_V3).size() != expected) {
      throw new IllegalStateException("the rule session did not record one activation per finding");
    }
  }

  @Benchmark
  public List<Activation> typicalThreeSegmentsRulesOnly() {
    return engine.fire(typical, Edition.E2008_V3);
  }
}

package org.demarc.bench;

import java.util.concurrent.TimeUnit;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A comparison of the typical flow under edition 2 and the edition 3 draft (what an impact analysis does for every
 * stored flow, and {@code POST /api/v1/comparisons} for one), against the same flow evaluated under each edition apart:
 * the comparison judges both editions in one rule session, so it should cost well under two evaluations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CompareBenchmark {
  private DemarcEngine engine;
  private DataFlow typical;

  @Setup
  public void setUp() {
    engine = DemarcEngine.create();
    typical = EvaluateBenchmark.flow(3);
    EditionComparison c = engine.compare(typical, Edition.E2007_V2, Edition.E2008_V3);
    if (c.toVerdict() != engine.evaluate(typical, Edition.E2008_V3).verdict()
        || c.fromVerdict() != engine.evaluate(typical, Edition.E2007_V2).verdict()) {
      throw new IllegalStateException("the comparison's verdicts are not the evaluations'");
    }
  }

  @Benchmark
  public EditionComparison typicalCompared() {
    return engine.compare(typical, Edition.E2007_V2, Edition.E2008_V3);
  }

  @Benchmark
  public void typicalEvaluatedUnderEachApart(Blackhole out) {
    out.consume(engine.evaluate(typical, Edition.E2007_V2));
    out.consume(engine.evaluate(typical, Edition.E2008_V3));
  }
}

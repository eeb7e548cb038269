package org.demarc.bench;

import java.util.concurrent.TimeUnit;
import org.demarc.codec.Codec;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing the typical evaluation's answer as JSON, as the API and the command line do (the shared codec: fields with
 * no value left out, every text in one language), one thread. The REST answer's cost beyond the evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnswerBenchmark {
  private JsonMapper english;
  private JsonMapper japanese;
  private EvaluationResult typical;

  @Setup
  public void setUp() {
    english = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "en")).build();
    japanese = Codec.answers(JsonMapper.builder()).addModule(Codec.textIn(() -> "ja")).build();
    typical = DemarcEngine.create().evaluate(EvaluateBenchmark.flow(3), Edition.E2008_V3);
  }

  @Benchmark
  public byte[] typicalAnswerInEnglish() {
    return english.writeValueAsBytes(typical);
  }

  @Benchmark
  public byte[] typicalAnswerInJapanese() {
    return japanese.writeValueAsBytes(typical);
  }
}

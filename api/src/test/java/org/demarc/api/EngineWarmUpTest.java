package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.demarc.codec.Codec;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's warm-up after start ({@link EngineWarmUp}): it judges every example flow the service ships with, stops
 * when its time is up, the service stops or requests judge flows in numbers, reports a flow it cannot judge instead of failing, and does not run when
 * set to 0 or in the launcher's training start.
 */
class EngineWarmUpTest {
  private static final DemarcEngine ENGINE = DemarcEngine.create();

  @Test
  void itJudgesEveryExampleFlowTheServiceShipsWith() {
    Map<String, DataFlow> flows = EngineWarmUp.exampleFlows();
    assertThat(flows.keySet()).containsExactlyInAnyOrderElementsOf(FlowKindExamples.FILES.values());
    EngineWarmUp.Done done = EngineWarmUp.warmUp(ENGINE, flows, Duration.ofSeconds(2), () -> 0);
    assertThat(done.failures()).isEmpty();
    assertThat(done.stoodDown()).isFalse();
    assertThat(done.flows()).isEqualTo(flows.size());
    assertThat(done.rounds()).isPositive();
    assertThat(done.judged()).isGreaterThanOrEqualTo(flows.size());
    // it stops once its processor time is up: at most one flow's judgement later (generous: a slow, shared machine)
    assertThat(done.millis()).isLessThan(Duration.ofSeconds(30).toMillis());
  }

  @Test
  void aFlowItCannotJudgeIsReportedAndLeftOut() {
    Map<String, DataFlow> flows = new LinkedHashMap<>();
    flows.put("broken.json", Codec.strict(JsonMapper.builder()).build()
        .readValue("{\"id\": \"broken\", \"parties\": [], \"provider\": \"hosp\"}", DataFlow.class));
    flows.putAll(EngineWarmUp.exampleFlows());
    EngineWarmUp.Done done = EngineWarmUp.warmUp(ENGINE, flows, Duration.ofMillis(500), () -> 0);
    assertThat(done.failures()).singleElement().asString().startsWith("broken.json: ")
        .contains("InvalidFlowException");
    assertThat(done.judged()).as("the other flows are still judged").isPositive();
  }

  @Test
  void itStopsOnceRequestsHaveJudgedFlowsInNumbers() {
    // the routes' timers, as the service registers them: requests judge flows while the warm-up runs
    MeterRegistry registry = new SimpleMeterRegistry();
    Timer evaluations = registry.timer("demarc.evaluation.latency");
    Timer comparisons = registry.timer("demarc.decision.latency", "kind", "comparison");
    evaluations.record(Duration.ofMillis(1)); // before it began: not counted
    java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
    EngineWarmUp.Done done = EngineWarmUp.warmUp(ENGINE, EngineWarmUp.exampleFlows(), Duration.ofSeconds(60), () -> {
      if (checks.incrementAndGet() == 20) { // after a few flows, requests of two kinds judge 1,000 flows
        for (int i = 0; i < 600; i++) {
          evaluations.record(Duration.ofMillis(1));
        }
        for (int i = 0; i < 400; i++) {
          comparisons.record(Duration.ofMillis(1));
        }
      }
      return EngineWarmUp.judgedByRequests(registry);
    });
    assertThat(done.stoodDown()).isTrue();
    assertThat(done.judged()).as("stopped at the check after the requests, long before its 60 s").isEqualTo(18);
    assertThat(done.failures()).isEmpty();
    assertThat(EngineWarmUp.judgedByRequests(registry)).isEqualTo(1_001);
  }

  @Test
  void aFewRequestsDoNotStopIt() {
    // a request judging a flow for each flow the warm-up judges (a person using the web app): it runs to its budget
    java.util.concurrent.atomic.AtomicLong byRequests = new java.util.concurrent.atomic.AtomicLong(5_000);
    EngineWarmUp.Done done = EngineWarmUp.warmUp(ENGINE, EngineWarmUp.exampleFlows(), Duration.ofMillis(500),
        byRequests::incrementAndGet);
    assertThat(done.judged()).as("the premise: fewer than 1,000 flows in half a second").isBetween(1L, 998L);
    assertThat(done.stoodDown()).isFalse();
  }

  @Test
  void theServiceRunsItInTheBackgroundOnceReadyAndStopsItWhenItStops() throws InterruptedException {
    EngineWarmUp warmUp = new EngineWarmUp(ENGINE, properties(60), training(false), new SimpleMeterRegistry());
    warmUp.onApplicationEvent(null);
    Thread thread = warmUp.thread();
    assertThat(thread).isNotNull();
    assertThat(thread.isDaemon()).isTrue();
    assertThat(thread.getName()).isEqualTo("demarc-warm-up");
    warmUp.onApplicationEvent(null);
    assertThat(warmUp.thread()).as("started once").isSameAs(thread);
    warmUp.destroy();
    thread.join(Duration.ofSeconds(30).toMillis());
    assertThat(thread.isAlive()).as("stopped with the service, long before its 60 s").isFalse();
  }

  @Test
  void itDoesNotRunWhenSetToZeroOrInTheTrainingStart() {
    EngineWarmUp off = new EngineWarmUp(ENGINE, properties(0), training(false), new SimpleMeterRegistry());
    off.onApplicationEvent(null);
    assertThat(off.thread()).isNull();
    EngineWarmUp training = new EngineWarmUp(ENGINE, properties(15), training(true), new SimpleMeterRegistry());
    training.onApplicationEvent(null);
    assertThat(training.thread()).isNull();
    assertThat(properties(null).warmUpSeconds()).as("the default").isEqualTo(20);
  }

  private static DemarcProperties properties(Integer warmUpSeconds) {
    return new DemarcProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, warmUpSeconds, null);
  }

  private static TrainingRun training(boolean on) {
    MockEnvironment env = new MockEnvironment();
    if (on) {
      env.setProperty("demarc.training-run", "true");
    }
    return new TrainingRun(properties(null), env);
  }
}

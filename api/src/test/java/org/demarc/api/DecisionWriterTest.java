package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.demarc.registry.DecisionLog;
import org.junit.jupiter.api.Test;

/** The decision writer: nothing handed over is lost on a clean stop, and a decision is readable while it waits. */
class DecisionWriterTest {

  /** A log that is slow to write, so decisions pile up in the queue. */
  static class SlowLog implements DecisionLog {
    final Map<String, Decision> kept = new ConcurrentHashMap<>();

    @Override
    public void record(Decision d) {
      kept.put(d.id(), d);
    }

    @Override
    public void recordAll(List<Decision> all) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      all.forEach(this::record);
    }

    @Override
    public Optional<Decision> get(String tenant, String id) {
      return Optional.ofNullable(kept.get(id)).filter(d -> d.tenant().equals(tenant));
    }

    @Override
    public Optional<Decision> latest(String tenant, String flowId, String route) {
      return kept.values().stream().filter(d -> d.tenant().equals(tenant) && flowId.equals(d.flowId())
              && route.equals(d.route()))
          .max(java.util.Comparator.comparing(Decision::recordedAt));
    }

    @Override
    public Page list(String tenant, String flowId, String verdict, Instant from, Instant to, String after,
        int limit) {
      return new Page(List.copyOf(kept.values()), null);
    }

    @Override
    public java.util.Map<String, java.util.Map<String, String>> latestVerdicts(String tenant,
        java.util.Collection<String> flowIds, String route) {
      return java.util.Map.of();
    }
  }

  @Test
  void aCleanStopWritesEveryDecisionHandedOver() throws Exception {
    DemarcEngine engine = org.demarc.engine.DemarcEngine.create();
    EvaluationResult result = engine.evaluate(
        tools.jackson.databind.json.JsonMapper.builder().build().readValue(
            java.nio.file.Path.of("..", "examples", "regional-care.json").toFile(), org.demarc.model.DataFlow.class),
        Edition.E2008_V3);
    SlowLog log = new SlowLog();
    DecisionWriter writer = new DecisionWriter(log, new Masking(List.of()));
    writer.start();
    for (int i = 0; i < 2000; i++) {
      writer.submit(new DecisionWriter.Pending("default", "tests", Instant.now(), "POST /api/v1/evaluations", null, null, "{}",
          new EvaluationResponse("d-" + i, result.provenance(), result), i % 2 == 0 ? "ja" : "en"));
    }
    // handed over but not all written yet: readable anyway
    assertThat(writer.find("default", "d-1999").or(() -> log.get("default", "d-1999"))).isPresent();
    writer.stop();
    assertThat(log.kept).hasSize(2000);
    DecisionLog.Decision d = log.kept.get("d-0");
    assertThat(d.verdict()).isEqualTo(result.verdict().name());
    assertThat(d.result()).contains("\"decisionId\":\"d-0\"");
    assertThat(log.kept.get("d-0").result()).as("written in the language it was answered in")
        .isNotEqualTo(log.kept.get("d-1").result().replace("d-1", "d-0"));
    assertThat(writer.pending()).isZero();
  }

  @Test
  void decisionsArrivingTogetherAreCommittedTogether() throws Exception {
    EvaluationResult result = org.demarc.engine.DemarcEngine.create().evaluate(
        tools.jackson.databind.json.JsonMapper.builder().build().readValue(
            java.nio.file.Path.of("..", "examples", "regional-care.json").toFile(), org.demarc.model.DataFlow.class),
        Edition.E2008_V3);
    java.util.List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
    SlowLog log = new SlowLog() {
      @Override
      public void recordAll(List<Decision> all) {
        batches.add(all.size());
        all.forEach(this::record);
      }
    };
    DecisionWriter writer = new DecisionWriter(log, new Masking(List.of()));
    writer.start();
    // 40 decisions, one every millisecond: without lingering a fast log commits nearly each one on its own
    for (int i = 0; i < 40; i++) {
      writer.submit(new DecisionWriter.Pending("default", "tests", Instant.now(), "POST /api/v1/evaluations", null,
          null, "{}", new EvaluationResponse("g-" + i, result.provenance(), result), "en"));
      Thread.sleep(1);
    }
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (log.kept.size() < 40 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(log.kept).as("written without a stop").hasSize(40);
    assertThat(batches).as("commits of " + batches).hasSizeLessThanOrEqualTo(3);
    writer.stop();
  }
}

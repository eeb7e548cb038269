package org.demarc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The repository suite, run on H2 and on a real PostgreSQL by its subclasses. */
abstract class RegistryContract {
  @Autowired
  FlowRegistry flows;

  @Autowired
  DecisionLog decisions;

  @Autowired
  IdempotencyStore idempotency;

  @Test
  void anIdempotencyKeyIsClaimedOnceAndItsAnswerReplayed() {
    String key = unique("key");
    assertThat(idempotency.claim(key, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(idempotency.claim(key, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.InProgress.class);
    assertThat(idempotency.claim(key, "POST /api/v1/flows", "h2")).isInstanceOf(IdempotencyStore.Mismatch.class);
    idempotency.complete(key, new IdempotencyStore.Answer(201, "application/json", "/api/v1/flows/x", "\"1\"", "d-1", "{}"));
    IdempotencyStore.Claim again = idempotency.claim(key, "POST /api/v1/flows", "h1");
    assertThat(again).isInstanceOf(IdempotencyStore.Replay.class);
    assertThat(((IdempotencyStore.Replay) again).answer().status()).isEqualTo(201);
    assertThat(((IdempotencyStore.Replay) again).answer().etag()).isEqualTo("\"1\"");
    String released = unique("key");
    idempotency.claim(released, "POST /api/v1/flows", "h1");
    idempotency.release(released);
    assertThat(idempotency.claim(released, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  @Test
  void aFlowIsKeptWithEveryVersion() {
    String id = unique("flow");
    FlowRegistry.StoredFlow created = flows.create(id, "application/json", "{\"id\":\"" + id + "\",\"v\":1}");
    assertThat(created.version()).isEqualTo(1);
    assertThatThrownBy(() -> flows.create(id, "application/json", "{}")).isInstanceOf(FlowRegistry.AlreadyExists.class);
    FlowRegistry.StoredFlow second = flows.update(id, 1, "application/json", "{\"id\":\"" + id + "\",\"v\":2}");
    assertThat(second.version()).isEqualTo(2);
    assertThat(flows.get(id)).get().extracting(FlowRegistry.StoredFlow::content).asString().contains("\"v\":2");
    assertThatThrownBy(() -> flows.update(id, 1, "application/json", "{}")).isInstanceOf(FlowRegistry.VersionConflict.class)
        .extracting(e -> ((FlowRegistry.VersionConflict) e).current()).isEqualTo(2L);
    FlowRegistry.StoredFlow archived = flows.archive(id, 2);
    assertThat(archived.archived()).isTrue();
    assertThat(flows.versions(id)).extracting(FlowRegistry.FlowVersion::version).containsExactly(1L, 2L, 3L);
    assertThat(flows.version(id, 1)).get().extracting(FlowRegistry.FlowVersion::content).asString()
        .contains("\"v\":1");
    assertThat(flows.version(id, 9)).isEmpty();
    assertThat(flows.get("no-such-" + id)).isEmpty();
  }

  @Test
  void concurrentRevisionsOfOneVersionLetExactlyOneWin() throws Exception {
    String id = unique("race");
    flows.create(id, "application/json", "{}");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      tries.add(pool.submit(() -> {
        try {
          flows.update(id, 1, "application/json", "{\"by\":" + n + "}");
          return true;
        } catch (FlowRegistry.VersionConflict e) {
          return false;
        }
      }));
    }
    int won = 0;
    for (Future<Boolean> t : tries) {
      won += t.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(won).isEqualTo(1);
    assertThat(flows.versions(id)).hasSize(2);
  }

  @Test
  void flowsArePagedInIdOrder() {
    String prefix = unique("page");
    for (int i = 0; i < 5; i++) {
      flows.create(prefix + "-" + i, "application/json", "{}");
    }
    Set<String> seen = ConcurrentHashMap.newKeySet();
    String after = prefix;
    while (true) {
      FlowRegistry.Page page = flows.list(false, after, 2);
      page.flows().stream().map(FlowRegistry.StoredFlow::id).filter(x -> x.startsWith(prefix)).forEach(seen::add);
      if (page.next() == null || !page.next().startsWith(prefix)) {
        break;
      }
      after = page.next();
    }
    assertThat(seen).hasSize(5);
  }

  @Test
  void decisionsAreAppendedAndQueried() {
    String flowId = unique("decided");
    Instant t0 = Instant.parse("2026-11-29T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      decisions.record(new DecisionLog.Decision(unique("d"), t0.plusSeconds(i), "POST /api/v1/evaluations", null,
          flowId, 1L, "E2008_V3", "hash", "0.1.0", i == 1 ? "COMPLIANT" : "NON_COMPLIANT", List.of("a||x", "b|s1|y"),
          "{\"id\":\"" + flowId + "\"}", "{\"verdict\":\"x\",\"padding\":\"" + "y".repeat(5000) + "\"}"));
    }
    DecisionLog.Page all = decisions.list(flowId, null, null, null, null, 2);
    assertThat(all.decisions()).hasSize(2);
    assertThat(all.decisions().get(0).recordedAt()).isAfter(all.decisions().get(1).recordedAt());
    DecisionLog.Page rest = decisions.list(flowId, null, null, null, all.next(), 2);
    assertThat(rest.decisions()).hasSize(1);
    assertThat(rest.next()).isNull();
    assertThat(decisions.list(flowId, "COMPLIANT", null, null, null, 10).decisions()).hasSize(1);
    assertThat(decisions.list(flowId, null, t0.plusSeconds(1), t0.plusSeconds(2), null, 10).decisions()).hasSize(1);
    DecisionLog.Decision one = rest.decisions().get(0);
    DecisionLog.Decision read = decisions.get(one.id()).orElseThrow();
    assertThat(read.findingIds()).containsExactly("a||x", "b|s1|y");
    assertThat(read.result()).contains("\"padding\"").hasSize(one.result().length());
    assertThat(JdbcDecisionLog.gzip(read.result()).length).as("stored compressed").isLessThan(200);
  }
}

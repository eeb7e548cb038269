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

  @Autowired
  ContractRegistry contracts;

  @Autowired
  ImpactStore impacts;

  @Test
  void anImpactAnalysisSnapshotsTheFlowsIntoChunksEachCompletedOnce() {
    String prefix = unique("imp");
    for (int i = 0; i < 5; i++) {
      flows.create(TenantRegistry.INITIAL, prefix + "-" + i, "application/json", "{\"n\":" + i + "}", List.of());
    }
    String id = unique("analysis");
    ImpactStore.Analysis a = impacts.create(TenantRegistry.INITIAL, id, "EDITIONS", "E2007_V2", "E2008_V3", "tester", "en", 2);
    assertThat(a.total()).isGreaterThanOrEqualTo(5);
    assertThat(a.chunks()).isEqualTo((int) ((a.total() + 1) / 2));
    // stored after the start: not part of it
    flows.create(TenantRegistry.INITIAL, prefix + "-9", "application/json", "{}", List.of());
    List<ImpactStore.Chunk> chunks = impacts.chunks(id);
    assertThat(chunks.stream().mapToLong(ImpactStore.Chunk::size).sum()).isEqualTo(a.total());
    long seen = 0;
    for (ImpactStore.Chunk c : chunks) {
      List<ImpactStore.ChunkFlow> fs = impacts.flows(c);
      assertThat(fs).hasSize(c.size());
      assertThat(fs).extracting(ImpactStore.ChunkFlow::id).doesNotContain(prefix + "-9");
      List<ImpactStore.Result> results = fs.stream().map(f -> new ImpactStore.Result(f.id(), f.version(),
          "COMPLIANT", f.id().equals(prefix + "-1") ? "NON_COMPLIANT" : "COMPLIANT", f.id().equals(prefix + "-1"),
          f.id().equals(prefix + "-1"), 0, null, "{\"flowId\":\"" + f.id() + "\"}")).toList();
      assertThat(impacts.complete(c, "w1", results)).isTrue();
      assertThat(impacts.complete(c, "w2", results)).as("a chunk is completed once").isFalse();
      seen += fs.size();
    }
    assertThat(seen).isEqualTo(a.total());
    assertThat(impacts.get(TenantRegistry.INITIAL, id)).get().extracting(ImpactStore.Analysis::state).isEqualTo("DONE");
    ImpactStore.Progress p = impacts.progress(id);
    assertThat(p.done()).isEqualTo(a.total());
    assertThat(p.verdictChanged()).isEqualTo(1);
    assertThat(impacts.results(id, true, null, 10).results()).extracting(ImpactStore.Result::flowId)
        .containsExactly(prefix + "-1");
    List<String> all = new ArrayList<>();
    impacts.eachResult(id, false, r -> all.add(r.flowId()));
    assertThat(all).hasSize((int) a.total()).isSorted();
    assertThat(impacts.results(id, false, null, 2).next()).isNotNull();
    assertThat(impacts.results(id, true, null, 10).results().get(0).detail()).contains(prefix + "-1");
  }

  @Autowired
  TenantRegistry tenants;

  @Test
  void anotherTenantsRecordsDoNotExistForATenant() {
    String other = unique("tenant").substring(0, 40);
    tenants.create(other, "Another hospital");
    assertThat(tenants.list()).extracting(TenantRegistry.Tenant::id).contains(TenantRegistry.INITIAL, other);
    String id = unique("shared-id");
    flows.create(TenantRegistry.INITIAL, id, "application/json", "{\"mine\":1}", List.of("p"));
    assertThat(flows.get(other, id)).isEmpty();
    assertThat(flows.versions(other, id)).isEmpty();
    assertThatThrownBy(() -> flows.update(other, id, 1, "application/json", "{}", List.of()))
        .isInstanceOf(java.util.NoSuchElementException.class);
    // the same id in another tenant is another flow
    flows.create(other, id, "application/json", "{\"theirs\":1}", List.of("p"));
    assertThat(flows.get(TenantRegistry.INITIAL, id).orElseThrow().content()).isEqualTo("{\"mine\":1}");
    assertThat(flows.get(other, id).orElseThrow().content()).isEqualTo("{\"theirs\":1}");
    assertThat(flows.list(other, new DocumentRegistry.Filter(false, null, null, "p"), null, 500).items())
        .extracting(DocumentRegistry.Stored::id).containsExactly(id);
    contracts.create(other, id, "application/json", "{}", List.of(id));
    assertThat(contracts.covering(TenantRegistry.INITIAL, id)).isEmpty();
    assertThat(contracts.covering(other, id)).hasSize(1);
    String decision = unique("d");
    decisions.record(new DecisionLog.Decision(decision, other, Instant.now(), "POST /api/v1/evaluations", null, id,
        1L, "E2008_V3", "hash", "0.1.0", "COMPLIANT", List.of(), "{}", "{}", "en"));
    assertThat(decisions.get(TenantRegistry.INITIAL, decision)).isEmpty();
    assertThat(decisions.get(other, decision)).isPresent();
    assertThat(decisions.list(TenantRegistry.INITIAL, id, null, null, null, null, 10).decisions()).isEmpty();
    assertThat(idempotency.claim(other, "k-" + id, "r", "h")).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(idempotency.claim(TenantRegistry.INITIAL, "k-" + id, "r", "h"))
        .as("the same key in another tenant is another key").isInstanceOf(IdempotencyStore.Claimed.class);
    ImpactStore.Analysis a = impacts.create(other, unique("a"), "EDITIONS", "E2007_V2", "E2008_V3", null, "en", 10);
    assertThat(a.total()).isEqualTo(1);
    assertThat(impacts.get(TenantRegistry.INITIAL, a.id())).isEmpty();
    assertThat(impacts.flows(impacts.chunks(a.id()).get(0))).extracting(ImpactStore.ChunkFlow::content)
        .containsExactly("{\"theirs\":1}");
  }

  @Autowired
  ApiKeyRegistry apiKeys;

  @Autowired
  AuditLog audit;

  @Test
  void apiKeysAreStoredAsHashesAndRevocable() {
    String tenant = unique("keys").substring(0, 40);
    tenants.create(tenant, "Keys");
    ApiKeyRegistry.Created created = apiKeys.create(tenant, "ci", java.util.Set.of("architect"),
        Instant.now().plusSeconds(3600), "tester");
    assertThat(created.key()).startsWith("dmk_").hasSizeGreaterThanOrEqualTo(4 + 43);
    assertThat(apiKeys.authenticate(created.key())).get().extracting(ApiKeyRegistry.ApiKey::tenant).isEqualTo(tenant);
    assertThat(apiKeys.authenticate(created.key() + "x")).isEmpty();
    assertThat(apiKeys.any()).isTrue();
    assertThat(apiKeys.list(tenant)).extracting(ApiKeyRegistry.ApiKey::id).containsExactly(created.apiKey().id());
    assertThat(apiKeys.get(TenantRegistry.INITIAL, created.apiKey().id())).as("another tenant's key").isEmpty();
    assertThat(apiKeys.authenticate(created.key()).orElseThrow().activeAt(Instant.now())).isTrue();
    assertThat(apiKeys.revoke(tenant, created.apiKey().id())).get()
        .satisfies(k -> assertThat(k.activeAt(Instant.now())).isFalse());
    ApiKeyRegistry.ApiKey chosen = apiKeys.register("operator-chosen-" + tenant, tenant, "env", java.util.Set.of("admin"),
        "env");
    assertThat(apiKeys.register("operator-chosen-" + tenant, tenant, "env", java.util.Set.of("admin"), "env").id())
        .as("registered once").isEqualTo(chosen.id());
    audit.record(tenant, "tester", "api_key.created", created.apiKey().id(), "ci");
    audit.record(tenant, "tester", "api_key.revoked", created.apiKey().id(), null);
    assertThat(audit.list(tenant, 10)).extracting(AuditLog.Event::action).contains("api_key.created",
        "api_key.revoked");
    assertThat(audit.list(TenantRegistry.INITIAL, 1000)).extracting(AuditLog.Event::tenant)
        .doesNotContain(tenant);
  }

  @Test
  void flowsAreFilteredByPartyAndLastDecision() {
    String a = unique("fa");
    String b = unique("fb");
    String party = unique("party");
    flows.create(TenantRegistry.INITIAL, a, "application/json", "{}", List.of(party, "other"));
    flows.create(TenantRegistry.INITIAL, b, "application/json", "{}", List.of("other"));
    assertThat(flows.get(TenantRegistry.INITIAL, a).orElseThrow().links()).containsExactly("other", party);
    assertThat(flows.list(TenantRegistry.INITIAL, new DocumentRegistry.Filter(false, null, null, party), null, 10).items())
        .extracting(DocumentRegistry.Stored::id).containsExactly(a);
    flows.noteDecision(TenantRegistry.INITIAL, b, "NON_COMPLIANT", "E2008_V3");
    assertThat(flows.get(TenantRegistry.INITIAL, b).orElseThrow().lastVerdict()).isEqualTo("NON_COMPLIANT");
    assertThat(flows.list(TenantRegistry.INITIAL, new DocumentRegistry.Filter(false, "NON_COMPLIANT", "E2008_V3", "other"), null, 500)
        .items()).extracting(DocumentRegistry.Stored::id).contains(b).doesNotContain(a);
    assertThat(flows.list(TenantRegistry.INITIAL, new DocumentRegistry.Filter(false, "NON_COMPLIANT", "E2007_V2", "other"), null, 500)
        .items()).extracting(DocumentRegistry.Stored::id).doesNotContain(b);
    // a revision replaces the links
    flows.update(TenantRegistry.INITIAL, a, 1, "application/json", "{}", List.of("other"));
    assertThat(flows.list(TenantRegistry.INITIAL, new DocumentRegistry.Filter(false, null, null, party), null, 10).items()).isEmpty();
  }

  @Test
  void contractsAreKeptWithVersionsAndLinkedToTheFlowsTheyCover() {
    String flow = unique("covered");
    String c1 = unique("c1");
    String c2 = unique("c2");
    contracts.create(TenantRegistry.INITIAL, c1, "application/json", "{\"v\":1}", List.of(flow));
    contracts.create(TenantRegistry.INITIAL, c2, "application/yaml", "v: 1", List.of(flow, "elsewhere"));
    assertThatThrownBy(() -> contracts.create(TenantRegistry.INITIAL, c1, "application/json", "{}", List.of()))
        .isInstanceOf(DocumentRegistry.AlreadyExists.class);
    assertThat(contracts.covering(TenantRegistry.INITIAL, flow)).extracting(DocumentRegistry.Stored::id).containsExactly(c1, c2);
    assertThat(contracts.coveringRange(TenantRegistry.INITIAL, flow, flow).get(flow)).extracting(DocumentRegistry.Stored::id)
        .containsExactly(c1, c2);
    assertThat(contracts.coveringRange(TenantRegistry.INITIAL, flow + "-after", flow + "-after~")).isEmpty();
    contracts.update(TenantRegistry.INITIAL, c2, 1, "application/yaml", "v: 2", List.of("elsewhere"));
    assertThat(contracts.covering(TenantRegistry.INITIAL, flow)).extracting(DocumentRegistry.Stored::id).containsExactly(c1);
    contracts.archive(TenantRegistry.INITIAL, c1, 1);
    assertThat(contracts.covering(TenantRegistry.INITIAL, flow)).isEmpty();
    assertThat(contracts.versions(TenantRegistry.INITIAL, c2)).extracting(DocumentRegistry.Version::content).containsExactly("v: 1", "v: 2");
    assertThat(contracts.list(TenantRegistry.INITIAL, new DocumentRegistry.Filter(false, null, null, "elsewhere"), null, 10).items())
        .extracting(DocumentRegistry.Stored::id).containsExactly(c2);
  }

  @Test
  void anIdempotencyKeyIsClaimedOnceAndItsAnswerReplayed() {
    String key = unique("key");
    assertThat(idempotency.claim(TenantRegistry.INITIAL, key, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(idempotency.claim(TenantRegistry.INITIAL, key, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.InProgress.class);
    assertThat(idempotency.claim(TenantRegistry.INITIAL, key, "POST /api/v1/flows", "h2")).isInstanceOf(IdempotencyStore.Mismatch.class);
    idempotency.complete(TenantRegistry.INITIAL, key, new IdempotencyStore.Answer(201, "application/json", "/api/v1/flows/x", "\"1\"", "d-1", "{}"));
    IdempotencyStore.Claim again = idempotency.claim(TenantRegistry.INITIAL, key, "POST /api/v1/flows", "h1");
    assertThat(again).isInstanceOf(IdempotencyStore.Replay.class);
    assertThat(((IdempotencyStore.Replay) again).answer().status()).isEqualTo(201);
    assertThat(((IdempotencyStore.Replay) again).answer().etag()).isEqualTo("\"1\"");
    String released = unique("key");
    idempotency.claim(TenantRegistry.INITIAL, released, "POST /api/v1/flows", "h1");
    idempotency.release(TenantRegistry.INITIAL, released);
    assertThat(idempotency.claim(TenantRegistry.INITIAL, released, "POST /api/v1/flows", "h1")).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  @Test
  void aFlowIsKeptWithEveryVersion() {
    String id = unique("flow");
    DocumentRegistry.Stored created = flows.create(TenantRegistry.INITIAL, id, "application/json", "{\"id\":\"" + id + "\",\"v\":1}", List.of("p1", "p2"));
    assertThat(created.version()).isEqualTo(1);
    assertThatThrownBy(() -> flows.create(TenantRegistry.INITIAL, id, "application/json", "{}", List.of())).isInstanceOf(DocumentRegistry.AlreadyExists.class);
    DocumentRegistry.Stored second = flows.update(TenantRegistry.INITIAL, id, 1, "application/json", "{\"id\":\"" + id + "\",\"v\":2}", List.of("p1"));
    assertThat(second.version()).isEqualTo(2);
    assertThat(flows.get(TenantRegistry.INITIAL, id)).get().extracting(DocumentRegistry.Stored::content).asString().contains("\"v\":2");
    assertThatThrownBy(() -> flows.update(TenantRegistry.INITIAL, id, 1, "application/json", "{}", List.of())).isInstanceOf(DocumentRegistry.VersionConflict.class)
        .extracting(e -> ((DocumentRegistry.VersionConflict) e).current()).isEqualTo(2L);
    DocumentRegistry.Stored archived = flows.archive(TenantRegistry.INITIAL, id, 2);
    assertThat(archived.archived()).isTrue();
    assertThat(flows.versions(TenantRegistry.INITIAL, id)).extracting(DocumentRegistry.Version::version).containsExactly(1L, 2L, 3L);
    assertThat(flows.version(TenantRegistry.INITIAL, id, 1)).get().extracting(DocumentRegistry.Version::content).asString()
        .contains("\"v\":1");
    assertThat(flows.version(TenantRegistry.INITIAL, id, 9)).isEmpty();
    assertThat(flows.get(TenantRegistry.INITIAL, "no-such-" + id)).isEmpty();
  }

  @Test
  void concurrentRevisionsOfOneVersionLetExactlyOneWin() throws Exception {
    String id = unique("race");
    flows.create(TenantRegistry.INITIAL, id, "application/json", "{}", List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      tries.add(pool.submit(() -> {
        try {
          flows.update(TenantRegistry.INITIAL, id, 1, "application/json", "{\"by\":" + n + "}", List.of());
          return true;
        } catch (DocumentRegistry.VersionConflict e) {
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
    assertThat(flows.versions(TenantRegistry.INITIAL, id)).hasSize(2);
  }

  @Test
  void flowsArePagedInIdOrder() {
    String prefix = unique("page");
    for (int i = 0; i < 5; i++) {
      flows.create(TenantRegistry.INITIAL, prefix + "-" + i, "application/json", "{}", List.of());
    }
    Set<String> seen = ConcurrentHashMap.newKeySet();
    String after = prefix;
    while (true) {
      DocumentRegistry.Page page = flows.list(TenantRegistry.INITIAL, DocumentRegistry.Filter.active(), after, 2);
      page.items().stream().map(DocumentRegistry.Stored::id).filter(x -> x.startsWith(prefix)).forEach(seen::add);
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
      decisions.record(new DecisionLog.Decision(unique("d"), TenantRegistry.INITIAL, t0.plusSeconds(i), "POST /api/v1/evaluations", null,
          flowId, 1L, "E2008_V3", "hash", "0.1.0", i == 1 ? "COMPLIANT" : "NON_COMPLIANT", List.of("a||x", "b|s1|y"),
          "{\"id\":\"" + flowId + "\"}", "{\"verdict\":\"x\",\"padding\":\"" + "y".repeat(5000) + "\"}", "en"));
    }
    DecisionLog.Page all = decisions.list(TenantRegistry.INITIAL, flowId, null, null, null, null, 2);
    assertThat(all.decisions()).hasSize(2);
    assertThat(all.decisions().get(0).recordedAt()).isAfter(all.decisions().get(1).recordedAt());
    DecisionLog.Page rest = decisions.list(TenantRegistry.INITIAL, flowId, null, null, null, all.next(), 2);
    assertThat(rest.decisions()).hasSize(1);
    assertThat(rest.next()).isNull();
    assertThat(decisions.list(TenantRegistry.INITIAL, flowId, "COMPLIANT", null, null, null, 10).decisions()).hasSize(1);
    assertThat(decisions.list(TenantRegistry.INITIAL, flowId, null, t0.plusSeconds(1), t0.plusSeconds(2), null, 10).decisions()).hasSize(1);
    DecisionLog.Decision one = rest.decisions().get(0);
    DecisionLog.Decision read = decisions.get(TenantRegistry.INITIAL, one.id()).orElseThrow();
    assertThat(read.findingIds()).containsExactly("a||x", "b|s1|y");
    assertThat(read.input()).isEqualTo("{\"id\":\"" + flowId + "\"}");
    assertThat(read.language()).isEqualTo("en");
    assertThat(read.result()).contains("\"padding\"").hasSize(one.result().length());
    assertThat(OldFormats.gzip(read.result()).length).as("stored compressed").isLessThan(200);
    assertThat(Compression.unpack(Compression.pack(read.result(), Compression.Kind.ANSWER_JA)))
        .isEqualTo(read.result());
    for (Compression.Kind kind : Compression.Kind.values()) {
      assertThat(Compression.unpack(Compression.pack("", kind))).as("empty text, e.g. no finding ids").isEmpty();
    }
    assertThat(Compression.unpack(OldFormats.gzip("written before dictionaries")))
        .isEqualTo("written before dictionaries");
  }

  @Test
  void storedTextIsZstandardNamingItsDictionaryAndEarlierFormatsStillRead() {
    String answer = "{\"ruleId\":\"G-6.11-B1-09\",\"message\":\"応答 — a recorded answer\",\"strength\":\"MUST\"}";
    byte[] packed = Compression.pack(answer, Compression.Kind.ANSWER_EN);
    java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(packed).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    assertThat(head.getInt(0)).as("a skippable frame first").isEqualTo(0x184D2A5D);
    assertThat(head.getInt(4)).as("holding four bytes: the dictionary's checksum").isEqualTo(4);
    assertThat(head.getInt(12)).as("then a Zstandard frame").isEqualTo(0xFD2FB528);
    assertThat(Compression.unpack(packed)).isEqualTo(answer);
    byte[] plain = Compression.pack("a||x\nb|s1|y", Compression.Kind.PLAIN);
    assertThat(java.nio.ByteBuffer.wrap(plain).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0))
        .as("no dictionary: a bare Zstandard frame").isEqualTo(0xFD2FB528);
    assertThat(Compression.unpack(plain)).isEqualTo("a||x\nb|s1|y");
    for (Compression.Kind kind : Compression.Kind.values()) {
      assertThat(Compression.unpack(OldFormats.deflate(answer, kind))).as("deflate rows, " + kind).isEqualTo(answer);
    }
    assertThat(Compression.RETIRED).isNotEmpty();
    for (String retired : Compression.RETIRED) {
      byte[] old = OldFormats.zstdRetired(answer, retired);
      assertThat(java.util.Arrays.equals(java.util.Arrays.copyOfRange(old, 8, 12), java.util.Arrays.copyOfRange(packed, 8, 12)))
          .as("written with another dictionary than today's, " + retired).isFalse();
      assertThat(Compression.unpack(old)).as("Zstandard rows with a retired dictionary, " + retired).isEqualTo(answer);
    }
    byte[] unknown = packed.clone();
    unknown[8] ^= 0x55;
    assertThatThrownBy(() -> Compression.unpack(unknown)).hasMessageContaining("unknown dictionary");
    byte[] truncated = java.util.Arrays.copyOf(packed, packed.length - 3);
    assertThatThrownBy(() -> Compression.unpack(truncated)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theLatestVerdictOfEachFlowIsReadPerEditionForAPageAtOnce() {
    String a = unique("va");
    String b = unique("vb");
    String route = "POST /api/v1/flows/{id}/evaluations";
    Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
    Object[][] made = {
        {a, "E2007_V2", "NON_COMPLIANT", 0}, {a, "E2007_V2", "COMPLIANT", 5}, {a, "E2008_V3", "PROHIBITED", 3},
        {b, "E2008_V3", "INSUFFICIENT_INFORMATION", 1}};
    for (Object[] m : made) {
      decisions.record(new DecisionLog.Decision(unique("d"), TenantRegistry.INITIAL, t0.plusSeconds((Integer) m[3]),
          route, null, (String) m[0], 1L, (String) m[1], "hash", "0.1.0", (String) m[2], List.of(), "{}", "{}", "en"));
    }
    // another route and another tenant do not count
    decisions.record(new DecisionLog.Decision(unique("d"), TenantRegistry.INITIAL, t0.plusSeconds(9),
        "POST /api/v1/evaluations", null, a, 1L, "E2007_V2", "hash", "0.1.0", "PROHIBITED", List.of(), "{}", "{}",
        "en"));
    decisions.record(new DecisionLog.Decision(unique("d"), "someone-else", t0.plusSeconds(9), route, null, b, 1L,
        "E2007_V2", "hash", "0.1.0", "PROHIBITED", List.of(), "{}", "{}", "en"));
    var verdicts = decisions.latestVerdicts(TenantRegistry.INITIAL, List.of(a, b, unique("none")), route);
    assertThat(verdicts).containsOnlyKeys(a, b);
    assertThat(verdicts.get(a)).containsExactly(java.util.Map.entry("E2007_V2", "COMPLIANT"),
        java.util.Map.entry("E2008_V3", "PROHIBITED"));
    assertThat(verdicts.get(b)).containsExactly(java.util.Map.entry("E2008_V3", "INSUFFICIENT_INFORMATION"));
    assertThat(decisions.latestVerdicts(TenantRegistry.INITIAL, List.of(), route)).isEmpty();
  }
}

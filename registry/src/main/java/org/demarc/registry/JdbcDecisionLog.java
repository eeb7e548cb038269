package org.demarc.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** {@link DecisionLog} on Spring Data JDBC: one row per decision, the answer gzipped. */
class JdbcDecisionLog implements DecisionLog {
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
  private final Repositories.Decisions decisions;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  JdbcDecisionLog(Repositories.Decisions decisions, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.decisions = decisions;
    this.jdbc = jdbc;
  }

  @Override
  public java.util.Map<String, java.util.Map<String, String>> latestVerdicts(String tenant,
      java.util.Collection<String> flowIds, String route) {
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.LinkedHashMap<>();
    if (flowIds.isEmpty()) {
      return out;
    }
    // oldest first, so the newest decision of each flow and edition is the one kept
    jdbc.sql("SELECT d.flow_id, d.edition, d.verdict FROM decision d WHERE d.tenant_id = :tenant AND d.route = :route "
            + "AND d.flow_id IN (:ids) AND d.recorded_at = (SELECT MAX(e.recorded_at) FROM decision e "
            + "WHERE e.tenant_id = d.tenant_id AND e.flow_id = d.flow_id AND e.route = d.route "
            + "AND e.edition = d.edition) ORDER BY d.recorded_at, d.id")
        .param("tenant", tenant).param("route", route).param("ids", java.util.List.copyOf(flowIds))
        .query((java.sql.ResultSet rs) -> {
          out.computeIfAbsent(rs.getString("flow_id"), k -> new java.util.TreeMap<>())
              .put(rs.getString("edition"), rs.getString("verdict"));
        });
    return out;
  }

  @Override
  public void record(Decision d) {
    decisions.save(row(d));
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void recordAll(List<Decision> all) {
    List<DecisionRow> rows = new java.util.ArrayList<>(all.size());
    for (Decision d : all) {
      rows.add(row(d));
    }
    decisions.saveAll(rows);
  }

  private static DecisionRow row(Decision d) {
    DecisionRow row = new DecisionRow();
    row.id = d.id();
    row.tenantId = d.tenant();
    row.recordedAt = d.recordedAt();
    row.route = d.route();
    row.caller = d.caller();
    row.flowId = d.flowId();
    row.flowVersion = d.flowVersion();
    row.edition = d.edition();
    row.ruleSetHash = d.ruleSetHash();
    row.engineVersion = d.engineVersion();
    row.verdict = d.verdict();
    row.findingIdsZ = Compression.pack(String.join("\n", d.findingIds()), Compression.Kind.PLAIN);
    row.inputGzip = Compression.pack(d.input(), Compression.Kind.INPUT);
    row.resultGzip = Compression.pack(d.result(), Compression.Kind.answer(d.language()));
    row.language = d.language();
    return row;
  }

  @Override
  public Optional<Decision> get(String tenant, String id) {
    return Optional.ofNullable(decisions.find(tenant, id)).map(JdbcDecisionLog::decision);
  }

  @Override
  public Optional<Decision> latest(String tenant, String flowId, String route) {
    return Optional.ofNullable(decisions.latest(tenant, flowId, route)).map(JdbcDecisionLog::decision);
  }

  @Override
  public Page list(String tenant, String flowId, String verdict, Instant from, Instant to, String after, int limit) {
    Instant beforeTime = LATEST;
    String beforeId = "\uffff";
    if (after != null && after.contains("|")) {
      beforeTime = Instant.parse(after.substring(0, after.indexOf('|')));
      beforeId = after.substring(after.indexOf('|') + 1);
    }
    List<DecisionRow> rows = decisions.page(tenant, flowId, verdict, from == null ? EARLIEST : from, to == null ? LATEST : to,
        beforeTime, beforeId, limit + 1);
    List<Decision> page = rows.stream().limit(limit).map(JdbcDecisionLog::decision).toList();
    Decision last = page.isEmpty() ? null : page.get(page.size() - 1);
    return new Page(page, rows.size() > limit && last != null ? last.recordedAt() + "|" + last.id() : null);
  }

  private static Decision decision(DecisionRow r) {
    return new Decision(r.id, r.tenantId, r.recordedAt, r.route, r.caller, r.flowId, r.flowVersion, r.edition, r.ruleSetHash,
        r.engineVersion, r.verdict, ids(r),
        r.inputGzip != null ? Compression.unpack(r.inputGzip) : r.input, Compression.unpack(r.resultGzip),
        r.language);
  }

  private static List<String> ids(DecisionRow r) {
    String ids = r.findingIdsZ != null ? Compression.unpack(r.findingIdsZ) : r.findingIds;
    return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n"));
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 4 + 64);
    // the fastest level: a decision is written once per answer, read rarely
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_SPEED);
      }
    }) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

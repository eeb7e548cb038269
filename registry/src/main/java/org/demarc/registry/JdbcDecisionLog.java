package org.demarc.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link DecisionLog} on Spring Data JDBC (reads) and a JDBC batch (writes): one row per decision, input and answer
 * compressed ({@link Compression}).
 */
class JdbcDecisionLog implements DecisionLog {
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
  /**
   * One statement for every insert, run as a JDBC batch with positional parameters: the decision writer inserts
   * hundreds of rows per transaction, and the repository's per-row mapping, then named parameters, each cost the
   * writer about a fifth of its time (profiled).
   */
  private static final String INSERT = "INSERT INTO decision (id, tenant_id, recorded_at, route, caller, flow_id, "
      + "flow_version, edition, rule_set_hash, engine_version, verdict, finding_ids_z, input_gzip, result_gzip, language) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int[] TYPES = {java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
      java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
      java.sql.Types.BIGINT, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
      java.sql.Types.VARCHAR, java.sql.Types.BINARY, java.sql.Types.BINARY, java.sql.Types.BINARY,
      java.sql.Types.VARCHAR};
  private final Repositories.Decisions decisions;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batch;

  JdbcDecisionLog(Repositories.Decisions decisions, org.springframework.jdbc.core.simple.JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate batch) {
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.batch = batch;
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
    Object[] row = row(d);
    batch.update(INSERT, ps -> bind(ps, row));
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void recordAll(List<Decision> all) {
    if (all.isEmpty()) {
      return;
    }
    List<Object[]> rows = new java.util.ArrayList<>(all.size());
    for (Decision d : all) {
      rows.add(row(d));
    }
    batch.batchUpdate(INSERT, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
      @Override
      public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
        bind(ps, rows.get(i));
      }

      @Override
      public int getBatchSize() {
        return rows.size();
      }
    });
  }

  /**
   * Binds a row's values by their declared types, straight on the statement: Spring's generic binding asks the logger
   * whether tracing is on for every parameter, which was a fifteenth of the writer's time (profiled).
   */
  private static void bind(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        ps.setNull(i + 1, TYPES[i]);
      } else {
        ps.setObject(i + 1, row[i], TYPES[i]);
      }
    }
  }

  /** A decision's row, in the order of {@link #INSERT}: input and answer compressed. */
  private static Object[] row(Decision d) {
    return new Object[] {d.id(), d.tenant(), d.recordedAt().atOffset(java.time.ZoneOffset.UTC), d.route(), d.caller(),
        d.flowId(), d.flowVersion(), d.edition(), d.ruleSetHash(), d.engineVersion(), d.verdict(),
        Compression.pack(String.join("\n", d.findingIds()), Compression.Kind.PLAIN),
        Compression.pack(d.inputUtf8(), Compression.Kind.INPUT),
        Compression.pack(d.resultUtf8(), Compression.Kind.answer(d.language())), d.language()};
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
        r.inputGzip != null ? Compression.unpackBytes(r.inputGzip) : r.input.getBytes(StandardCharsets.UTF_8),
        Compression.unpackBytes(r.resultGzip), r.language);
  }

  private static List<String> ids(DecisionRow r) {
    String ids = r.findingIdsZ != null ? Compression.unpack(r.findingIdsZ) : r.findingIds;
    return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n"));
  }
}

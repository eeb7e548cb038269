package org.demarc.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ImpactStore} on tables {@code impact_analysis}, {@code impact_chunk} and {@code impact_result}. Pages are
 * ordered by the whole key ({@code tenant_id, id}; {@code analysis_id, flow_id}) although its first column is fixed:
 * H2 then reads the key in order and stops at the limit, where ordered by the second column alone it read every
 * remaining row for each page (EXPLAIN ANALYZE over 100,000 flows: 10,000 rows read for a page of 10,000 instead of
 * 100,001; 501 instead of 100,001 for a page of results), which made starting an analysis take seconds and reading
 * its results quadratic.
 */
class JdbcImpactStore implements ImpactStore {
  private static final int ID_PAGE = 10_000;
  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;
  private final Clock clock;

  JdbcImpactStore(javax.sql.DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(dataSource);
    this.clock = clock;
  }

  @Override
  @Transactional
  public Analysis create(String tenant, String id, String mode, String from, String to, String caller,
      String language, int chunkSize) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql("INSERT INTO impact_analysis (id, tenant_id, mode, from_edition, to_edition, state, total, chunks, "
        + "caller, language, created_at) VALUES (:id, :tenant, :mode, :from, :to, 'RUNNING', 0, 0, :caller, :language, "
        + ":at)").param("id", id).param("tenant", tenant).param("mode", mode).param("from", from, java.sql.Types.VARCHAR)
        .param("to", to, java.sql.Types.VARCHAR).param("caller", caller).param("language", language)
        .param("at", at(now)).update();
    long total = 0;
    int chunkNo = 0;
    String after = "";
    List<String> pending = new ArrayList<>(chunkSize);
    while (true) {
      List<String> ids = jdbc.sql("SELECT id FROM flow WHERE tenant_id = :tenant AND archived = FALSE "
          + "AND created_at <= :asOf AND id > :after ORDER BY tenant_id, id LIMIT :limit").param("tenant", tenant)
          .param("asOf", at(now)).param("after", after).param("limit", ID_PAGE).query(String.class).list();
      for (String flow : ids) {
        pending.add(flow);
        if (pending.size() == chunkSize) {
          addChunk(id, chunkNo++, pending);
          total += pending.size();
          pending.clear();
        }
      }
      if (ids.size() < ID_PAGE) {
        break;
      }
      after = ids.get(ids.size() - 1);
    }
    if (!pending.isEmpty()) {
      addChunk(id, chunkNo++, pending);
      total += pending.size();
    }
    String state = chunkNo == 0 ? "DONE" : "RUNNING";
    jdbc.sql("UPDATE impact_analysis SET total = :total, chunks = :chunks, state = :state, finished_at = :finished "
        + "WHERE id = :id").param("total", total).param("chunks", chunkNo).param("state", state)
        .param("finished", chunkNo == 0 ? at(now) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE).param("id", id)
        .update();
    return new Analysis(id, tenant, mode, from, to, state, total, chunkNo, caller, language, now, chunkNo == 0 ? now : null);
  }

  private void addChunk(String analysis, int no, List<String> ids) {
    jdbc.sql("INSERT INTO impact_chunk (analysis_id, chunk_no, first_flow, last_flow, size, done) "
        + "VALUES (:a, :n, :first, :last, :size, FALSE)").param("a", analysis).param("n", no)
        .param("first", ids.get(0)).param("last", ids.get(ids.size() - 1)).param("size", ids.size()).update();
  }

  @Override
  public Optional<Analysis> get(String tenant, String id) {
    return forJob(id).filter(a -> a.tenant().equals(tenant));
  }

  @Override
  public Optional<Analysis> forJob(String id) {
    return jdbc.sql("SELECT * FROM impact_analysis WHERE id = :id").param("id", id)
        .query((rs, n) -> new Analysis(rs.getString("id"), rs.getString("tenant_id"), rs.getString("mode"), rs.getString("from_edition"), rs.getString("to_edition"),
            rs.getString("state"), rs.getLong("total"), rs.getInt("chunks"), rs.getString("caller"),
            rs.getString("language"), instant(rs, "created_at"), instant(rs, "finished_at")))
        .optional();
  }

  @Override
  public Progress progress(String id) {
    long[] chunks = jdbc.sql("SELECT COALESCE(SUM(size), 0) AS flows, COUNT(*) AS chunks FROM impact_chunk "
        + "WHERE analysis_id = :id AND done = TRUE").param("id", id)
        .query((rs, n) -> new long[] {rs.getLong("flows"), rs.getLong("chunks")}).single();
    long[] counts = jdbc.sql("SELECT "
        + "COALESCE(SUM(CASE WHEN changes THEN 1 ELSE 0 END), 0) AS changed, "
        + "COALESCE(SUM(CASE WHEN verdict_changed THEN 1 ELSE 0 END), 0) AS verdicts, "
        + "COALESCE(SUM(CASE WHEN contracts_to_amend > 0 THEN 1 ELSE 0 END), 0) AS amend, "
        + "COALESCE(SUM(CASE WHEN error IS NOT NULL THEN 1 ELSE 0 END), 0) AS errors "
        + "FROM impact_result WHERE analysis_id = :id").param("id", id)
        .query((rs, n) -> new long[] {rs.getLong("changed"), rs.getLong("verdicts"), rs.getLong("amend"),
            rs.getLong("errors")}).single();
    return new Progress(chunks[0], (int) chunks[1], counts[0], counts[1], counts[2], counts[3]);
  }

  @Override
  public List<Chunk> chunks(String id) {
    return jdbc.sql("SELECT * FROM impact_chunk WHERE analysis_id = :id ORDER BY chunk_no").param("id", id)
        .query(JdbcImpactStore::chunk).list();
  }

  private static Chunk chunk(ResultSet rs, int n) throws SQLException {
    return new Chunk(rs.getString("analysis_id"), rs.getInt("chunk_no"), rs.getString("first_flow"),
        rs.getString("last_flow"), rs.getInt("size"), rs.getBoolean("done"), rs.getString("worker"));
  }

  @Override
  public List<ChunkFlow> flows(Chunk chunk) {
    Analysis a = forJob(chunk.analysisId()).orElseThrow();
    return jdbc.sql("SELECT id, version, media_type, content FROM flow WHERE tenant_id = :tenant AND archived = FALSE "
        + "AND created_at <= :asOf AND id >= :first AND id <= :last ORDER BY tenant_id, id LIMIT :limit")
        .param("tenant", a.tenant()).param("asOf", at(a.createdAt())).param("first", chunk.firstFlow())
        .param("last", chunk.lastFlow()).param("limit", chunk.size())
        .query((rs, n) -> new ChunkFlow(rs.getString("id"), rs.getLong("version") + 1, rs.getString("media_type"),
            rs.getString("content"))).list();
  }

  @Override
  @Transactional
  public boolean complete(Chunk chunk, String worker, List<Result> results) {
    // the chunk row is claimed first: a second completion waits for the first and then finds it done
    int claimed = jdbc.sql("UPDATE impact_chunk SET done = TRUE, worker = :worker, finished_at = :at "
        + "WHERE analysis_id = :a AND chunk_no = :n AND done = FALSE").param("worker", worker)
        .param("at", at(clock.instant())).param("a", chunk.analysisId()).param("n", chunk.chunkNo()).update();
    if (claimed == 0) {
      return false;
    }
    org.springframework.jdbc.core.namedparam.SqlParameterSource[] rows =
        new org.springframework.jdbc.core.namedparam.SqlParameterSource[results.size()];
    for (int k = 0; k < rows.length; k++) {
      Result r = results.get(k);
      rows[k] = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
          .addValue("a", chunk.analysisId()).addValue("flow", r.flowId()).addValue("version", r.flowVersion())
          .addValue("n", chunk.chunkNo()).addValue("fromVerdict", r.fromVerdict()).addValue("toVerdict", r.toVerdict())
          .addValue("verdictChanged", r.verdictChanged()).addValue("changes", r.changes())
          .addValue("amend", r.contractsToAmend()).addValue("error", r.error())
          .addValue("detail", r.detail() == null ? null : Compression.pack(r.detail(), Compression.Kind.PLAIN),
              java.sql.Types.BINARY);
    }
    // one statement for the chunk's rows, as a JDBC batch
    batch.batchUpdate("INSERT INTO impact_result (analysis_id, flow_id, flow_version, chunk_no, from_verdict, "
        + "to_verdict, verdict_changed, changes, contracts_to_amend, error, detail_gzip) VALUES (:a, :flow, :version, "
        + ":n, :fromVerdict, :toVerdict, :verdictChanged, :changes, :amend, :error, :detail)", rows);
    jdbc.sql("UPDATE impact_analysis SET state = 'DONE', finished_at = :at WHERE id = :a AND state = 'RUNNING' "
        + "AND NOT EXISTS (SELECT 1 FROM impact_chunk c WHERE c.analysis_id = :a AND c.done = FALSE)")
        .param("at", at(clock.instant())).param("a", chunk.analysisId()).update();
    return true;
  }

  @Override
  public ResultPage results(String id, boolean changedOnly, String after, int limit) {
    List<Result> rows = jdbc.sql("SELECT * FROM impact_result WHERE analysis_id = :a AND flow_id > :after "
        + "AND (changes = TRUE OR :all = TRUE) ORDER BY analysis_id, flow_id LIMIT :limit").param("a", id)
        .param("after", after == null ? "" : after).param("all", !changedOnly).param("limit", limit + 1)
        .query(JdbcImpactStore::result).list();
    List<Result> page = rows.size() > limit ? rows.subList(0, limit) : rows;
    return new ResultPage(List.copyOf(page), rows.size() > limit ? page.get(page.size() - 1).flowId() : null);
  }

  @Override
  public void eachResult(String id, boolean changedOnly, Consumer<Result> each) {
    String after = null;
    do {
      ResultPage page = results(id, changedOnly, after, 500);
      page.results().forEach(each);
      after = page.next();
    } while (after != null);
  }

  private static Result result(ResultSet rs, int n) throws SQLException {
    byte[] detail = rs.getBytes("detail_gzip");
    return new Result(rs.getString("flow_id"), rs.getLong("flow_version"), rs.getString("from_verdict"),
        rs.getString("to_verdict"), rs.getBoolean("verdict_changed"), rs.getBoolean("changes"),
        rs.getInt("contracts_to_amend"), rs.getString("error"), detail == null ? null : Compression.unpack(detail));
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

package org.demarc.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DocumentRegistry} on JDBC: the current version in one table, every version in another, links in
 * {@code doc_link}, all keyed by tenant; one transaction per change, so a document never exists without its version and
 * links. Revisions are conditional on the version read (an {@code UPDATE … WHERE version = :expected} that changes no
 * row is a conflict). The statements of each kind of document are constants ({@link Sql}); nothing is assembled from
 * input. Lists order by the whole key ({@code tenant_id, id}), so that H2 reads a page from the key in order and stops
 * at the limit (ordered by id alone, it read all of a tenant's documents for each page).
 */
class JdbcDocuments implements DocumentRegistry {

  /**
   * The statements of one kind of document.
   *
   * @param linkKind its kind in {@code doc_link}
   * @param insert a new document at version 0 (stored; callers see 1)
   * @param select one document
   * @param update a new version if the stored one is {@code :expected}
   * @param archive archives it if the stored version is {@code :expected}
   * @param addVersion one version row
   * @param version one version
   * @param versions every version, oldest first
   * @param page a page in id order, filtered
   * @param lastDecision whether its table has the last decision's verdict and edition (flows)
   */
  record Sql(String linkKind, String insert, String select, String update, String archive, String addVersion,
      String version, String versions, String page, boolean lastDecision) {}

  private final JdbcClient jdbc;
  private final Sql sql;
  private final Clock clock;

  JdbcDocuments(JdbcClient jdbc, Sql sql, Clock clock) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.clock = clock;
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  private OffsetDateTime now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  @Override
  @Transactional
  public Stored create(String tenant, String id, String mediaType, String content, Collection<String> targets) {
    OffsetDateTime at = now();
    try {
      jdbc.sql(sql.insert()).param("tenant", tenant).param("id", id).param("mediaType", mediaType)
          .param("content", content).param("at", at).update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyExists(id);
    }
    addVersion(tenant, id, 1, mediaType, content, at);
    link(tenant, id, targets);
    return get(tenant, id).orElseThrow();
  }

  private void addVersion(String tenant, String id, long version, String mediaType, String content,
      OffsetDateTime at) {
    jdbc.sql(sql.addVersion()).param("tenant", tenant).param("id", id).param("version", version)
        .param("mediaType", mediaType).param("content", content).param("at", at).update();
  }

  private void link(String tenant, String id, Collection<String> targets) {
    jdbc.sql("DELETE FROM doc_link WHERE tenant_id = :tenant AND kind = :kind AND doc_id = :id")
        .param("tenant", tenant).param("kind", sql.linkKind()).param("id", id).update();
    for (String t : new TreeSet<>(targets)) {
      jdbc.sql("INSERT INTO doc_link (tenant_id, kind, doc_id, target) VALUES (:tenant, :kind, :id, :target)")
          .param("tenant", tenant).param("kind", sql.linkKind()).param("id", id).param("target", t).update();
    }
  }

  List<String> links(String tenant, String id) {
    return jdbc.sql("SELECT target FROM doc_link WHERE tenant_id = :tenant AND kind = :kind AND doc_id = :id "
        + "ORDER BY target").param("tenant", tenant).param("kind", sql.linkKind()).param("id", id)
        .query(String.class).list();
  }

  /** The links of several documents in one query, by document id (sorted; a document without links is absent). */
  private java.util.Map<String, List<String>> links(String tenant, List<String> ids) {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql("SELECT doc_id, target FROM doc_link WHERE tenant_id = :tenant AND kind = :kind AND doc_id IN (:ids) "
        + "ORDER BY doc_id, target").param("tenant", tenant).param("kind", sql.linkKind()).param("ids", ids)
        .query((rs, n) -> new String[] {rs.getString("doc_id"), rs.getString("target")}).list()
        .forEach(pair -> out.computeIfAbsent(pair[0], k -> new java.util.ArrayList<>()).add(pair[1]));
    return out;
  }

  @Override
  public Optional<Stored> get(String tenant, String id) {
    return jdbc.sql(sql.select()).param("tenant", tenant).param("id", id).query((rs, n) -> row(rs)).optional()
        .map(r -> r.stored(links(tenant, id)));
  }

  @Override
  public Optional<Version> version(String tenant, String id, long version) {
    return jdbc.sql(sql.version()).param("tenant", tenant).param("id", id).param("version", version)
        .query(JdbcDocuments::version).optional();
  }

  @Override
  public List<Version> versions(String tenant, String id) {
    return jdbc.sql(sql.versions()).param("tenant", tenant).param("id", id).query(JdbcDocuments::version).list();
  }

  @Override
  public Page list(String tenant, Filter f, String after, int limit) {
    List<Row> rows = jdbc.sql(sql.page()).param("tenant", tenant).param("archived", f.archived())
        .param("verdict", f.lastVerdict(), java.sql.Types.VARCHAR)
        .param("edition", f.lastEdition(), java.sql.Types.VARCHAR)
        .param("link", f.link(), java.sql.Types.VARCHAR).param("after", after == null ? "" : after)
        .param("limit", limit + 1).query((rs, n) -> row(rs)).list();
    List<Row> shown = rows.subList(0, Math.min(limit, rows.size()));
    java.util.Map<String, List<String>> links = links(tenant, shown.stream().map(Row::id).toList());
    List<Stored> out = shown.stream().map(r -> r.stored(links.getOrDefault(r.id(), List.of()))).toList();
    return new Page(out, rows.size() > limit ? out.get(out.size() - 1).id() : null);
  }

  @Override
  @Transactional
  public Stored update(String tenant, String id, long expectedVersion, String mediaType, String content,
      Collection<String> targets) {
    OffsetDateTime at = now();
    int changed = jdbc.sql(sql.update()).param("tenant", tenant).param("id", id)
        .param("expected", expectedVersion - 1).param("mediaType", mediaType).param("content", content)
        .param("at", at).update();
    if (changed == 0) {
      throw conflictOrMissing(tenant, id);
    }
    addVersion(tenant, id, expectedVersion + 1, mediaType, content, at);
    link(tenant, id, targets);
    return get(tenant, id).orElseThrow();
  }

  @Override
  @Transactional
  public Stored archive(String tenant, String id, long expectedVersion) {
    OffsetDateTime at = now();
    int changed = jdbc.sql(sql.archive()).param("tenant", tenant).param("id", id)
        .param("expected", expectedVersion - 1).param("at", at).update();
    if (changed == 0) {
      throw conflictOrMissing(tenant, id);
    }
    Stored s = get(tenant, id).orElseThrow();
    addVersion(tenant, id, s.version(), s.mediaType(), s.content(), at);
    return s;
  }

  private RuntimeException conflictOrMissing(String tenant, String id) {
    return get(tenant, id).<RuntimeException>map(s -> new VersionConflict(id, s.version()))
        .orElseGet(() -> new NoSuchElementException(id));
  }

  /** A row of the current-version table. */
  record Row(String id, long version, boolean archived, String mediaType, String content, Instant createdAt,
      Instant updatedAt, String lastVerdict, String lastEdition) {
    /** As callers see it: version 1 for a new document (the stored counter starts at 0). */
    Stored stored(List<String> links) {
      return new Stored(id, version + 1, archived, mediaType, content, createdAt, updatedAt, links, lastVerdict,
          lastEdition);
    }
  }

  private Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("id"), rs.getLong("version"), rs.getBoolean("archived"), rs.getString("media_type"),
        rs.getString("content"), instant(rs, "created_at"), instant(rs, "updated_at"),
        sql.lastDecision() ? rs.getString("last_verdict") : null,
        sql.lastDecision() ? rs.getString("last_edition") : null);
  }

  private static Version version(ResultSet rs, int n) throws SQLException {
    return new Version(rs.getString("doc_id"), rs.getLong("version"), rs.getString("media_type"),
        rs.getString("content"), instant(rs, "created_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}

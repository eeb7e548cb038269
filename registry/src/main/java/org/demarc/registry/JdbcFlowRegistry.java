package org.demarc.registry;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link FlowRegistry} on tables {@code flow} and {@code flow_version}; links are the parties a flow names. */
class JdbcFlowRegistry extends JdbcDocuments implements FlowRegistry {
  static final Sql SQL = new Sql("flow-party",
      "INSERT INTO flow (tenant_id, id, version, archived, media_type, content, created_at, updated_at) "
          + "VALUES (:tenant, :id, 0, FALSE, :mediaType, :content, :at, :at)",
      "SELECT * FROM flow WHERE tenant_id = :tenant AND id = :id",
      "UPDATE flow SET version = version + 1, media_type = :mediaType, content = :content, updated_at = :at "
          + "WHERE tenant_id = :tenant AND id = :id AND version = :expected",
      "UPDATE flow SET version = version + 1, archived = TRUE, updated_at = :at "
          + "WHERE tenant_id = :tenant AND id = :id AND version = :expected",
      "INSERT INTO flow_version (tenant_id, flow_id, version, media_type, content, created_at) "
          + "VALUES (:tenant, :id, :version, :mediaType, :content, :at)",
      "SELECT flow_id AS doc_id, version, media_type, content, created_at FROM flow_version "
          + "WHERE tenant_id = :tenant AND flow_id = :id AND version = :version",
      "SELECT flow_id AS doc_id, version, media_type, content, created_at FROM flow_version "
          + "WHERE tenant_id = :tenant AND flow_id = :id ORDER BY version",
      "SELECT * FROM flow WHERE tenant_id = :tenant AND archived = :archived AND id > :after "
          + "AND (:verdict IS NULL OR last_verdict = :verdict) AND (:edition IS NULL OR last_edition = :edition) "
          + "AND (:link IS NULL OR EXISTS (SELECT 1 FROM doc_link l WHERE l.tenant_id = flow.tenant_id "
          + "AND l.kind = 'flow-party' AND l.doc_id = flow.id AND l.target = :link)) ORDER BY tenant_id, id LIMIT :limit",
      true);

  JdbcFlowRegistry(JdbcClient jdbc, Clock clock) {
    super(jdbc, SQL, clock);
  }

  @Override
  public void noteDecision(String tenant, String id, String verdict, String edition) {
    jdbc().sql("UPDATE flow SET last_verdict = :verdict, last_edition = :edition WHERE tenant_id = :tenant AND id = :id")
        .param("verdict", verdict).param("edition", edition).param("tenant", tenant).param("id", id).update();
  }
}

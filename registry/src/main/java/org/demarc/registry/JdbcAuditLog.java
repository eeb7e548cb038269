package org.demarc.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link AuditLog} on table {@code audit_event}; rows are only ever added. */
class JdbcAuditLog implements AuditLog {
  private final JdbcClient jdbc;

  JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(String tenant, String actor, String action, String target, String detail) {
    jdbc.sql("INSERT INTO audit_event (id, tenant_id, at, actor, action, target, detail) "
        + "VALUES (:id, :tenant, :at, :actor, :action, :target, :detail)").param("id", UUID.randomUUID().toString())
        .param("tenant", tenant).param("at", Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
        .param("actor", actor).param("action", action).param("target", target)
        .param("detail", detail, java.sql.Types.VARCHAR).update();
  }

  @Override
  public List<Event> list(String tenant, int limit) {
    return jdbc.sql("SELECT * FROM audit_event WHERE tenant_id = :tenant ORDER BY at DESC, id DESC LIMIT :limit")
        .param("tenant", tenant).param("limit", limit)
        .query((rs, n) -> new Event(rs.getString("id"), rs.getString("tenant_id"), JdbcDocuments.instant(rs, "at"),
            rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"))).list();
  }
}

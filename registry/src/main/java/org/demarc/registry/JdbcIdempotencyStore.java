package org.demarc.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link IdempotencyStore} on JDBC: the primary key on (tenant, key) makes the claim atomic; one tenant's keys never
 * meet another's.
 */
class JdbcIdempotencyStore implements IdempotencyStore {
  private final JdbcClient jdbc;

  JdbcIdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stored claim. */
  private record Row(String route, String requestHash, Integer status, String contentType, String location,
      String etag, String decisionId, String body) {}

  @Override
  public Claim claim(String tenant, String key, String route, String requestHash) {
    try {
      jdbc.sql("INSERT INTO idempotent_request (tenant_id, idem_key, route, request_hash, created_at) "
          + "VALUES (:tenant, :key, :route, :hash, :at)").param("tenant", tenant).param("key", key)
          .param("route", route).param("hash", requestHash).param("at", Instant.now().atOffset(ZoneOffset.UTC))
          .update();
      return new Claimed();
    } catch (DuplicateKeyException e) {
      Row first = jdbc.sql("SELECT * FROM idempotent_request WHERE tenant_id = :tenant AND idem_key = :key")
          .param("tenant", tenant).param("key", key)
          .query((rs, n) -> new Row(rs.getString("route"), rs.getString("request_hash"),
              (Integer) rs.getObject("status", Integer.class), rs.getString("content_type"), rs.getString("location"),
              rs.getString("etag"), rs.getString("decision_id"), rs.getString("body"))).optional().orElse(null);
      if (first == null) {
        return claim(tenant, key, route, requestHash); // released meanwhile
      }
      if (!first.route().equals(route) || !first.requestHash().equals(requestHash)) {
        return new Mismatch();
      }
      return first.status() == null ? new InProgress() : new Replay(new Answer(first.status(), first.contentType(),
          first.location(), first.etag(), first.decisionId(), first.body()));
    }
  }

  @Override
  public void complete(String tenant, String key, Answer a) {
    jdbc.sql("UPDATE idempotent_request SET status = :status, content_type = :contentType, location = :location, "
        + "etag = :etag, decision_id = :decisionId, body = :body WHERE tenant_id = :tenant AND idem_key = :key")
        .param("status", a.status()).param("contentType", a.contentType(), java.sql.Types.VARCHAR)
        .param("location", a.location(), java.sql.Types.VARCHAR).param("etag", a.etag(), java.sql.Types.VARCHAR)
        .param("decisionId", a.decisionId(), java.sql.Types.VARCHAR).param("body", a.body(), java.sql.Types.VARCHAR)
        .param("tenant", tenant).param("key", key).update();
  }

  @Override
  public void release(String tenant, String key) {
    jdbc.sql("DELETE FROM idempotent_request WHERE tenant_id = :tenant AND idem_key = :key AND status IS NULL")
        .param("tenant", tenant).param("key", key).update();
  }
}

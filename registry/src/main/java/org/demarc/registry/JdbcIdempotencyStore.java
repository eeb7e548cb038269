package org.demarc.registry;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** {@link IdempotencyStore} on Spring Data JDBC: the primary key on the key makes the claim atomic. */
class JdbcIdempotencyStore implements IdempotencyStore {

  @Table("idempotent_request")
  static class Row implements Persistable<String> {
    @Id
    @Column("idem_key")
    String key;
    String route;
    String requestHash;
    Integer status;
    String contentType;
    String location;
    String etag;
    String decisionId;
    String body;
    Instant createdAt;
    @Transient
    boolean isNew;

    @Override
    public String getId() {
      return key;
    }

    @Override
    public boolean isNew() {
      return isNew;
    }
  }

  interface Rows extends CrudRepository<Row, String> {
    @Modifying
    @Query("UPDATE idempotent_request SET status = :status, content_type = :contentType, location = :location, "
        + "etag = :etag, decision_id = :decisionId, body = :body WHERE idem_key = :key")
    void complete(@Param("key") String key, @Param("status") int status, @Param("contentType") String contentType,
        @Param("location") String location, @Param("etag") String etag, @Param("decisionId") String decisionId,
        @Param("body") String body);

    @Modifying
    @Query("DELETE FROM idempotent_request WHERE idem_key = :key AND status IS NULL")
    void release(@Param("key") String key);
  }

  private final Rows rows;

  JdbcIdempotencyStore(Rows rows) {
    this.rows = rows;
  }

  @Override
  public Claim claim(String key, String route, String requestHash) {
    Row row = new Row();
    row.key = key;
    row.route = route;
    row.requestHash = requestHash;
    row.createdAt = Instant.now();
    row.isNew = true;
    try {
      rows.save(row);
      return new Claimed();
    } catch (DuplicateKeyException e) {
      Row first = rows.findById(key).orElse(null);
      if (first == null) {
        return claim(key, route, requestHash); // released meanwhile
      }
      if (!first.route.equals(route) || !first.requestHash.equals(requestHash)) {
        return new Mismatch();
      }
      return first.status == null ? new InProgress() : new Replay(answer(first));
    }
  }

  @Override
  public void complete(String key, Answer a) {
    rows.complete(key, a.status(), a.contentType(), a.location(), a.etag(), a.decisionId(), a.body());
  }

  @Override
  public void release(String key) {
    rows.release(key);
  }

  private static Answer answer(Row r) {
    return new Answer(r.status, r.contentType, r.location, r.etag, r.decisionId, r.body);
  }
}

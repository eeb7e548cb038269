package org.demarc.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TenantRegistry} on table {@code tenant}. */
class JdbcTenantRegistry implements TenantRegistry {
  private final JdbcClient jdbc;

  JdbcTenantRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Tenant create(String id, String name) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try {
      jdbc.sql("INSERT INTO tenant (id, name, created_at) VALUES (:id, :name, :at)").param("id", id)
          .param("name", name).param("at", at.atOffset(ZoneOffset.UTC)).update();
    } catch (DuplicateKeyException e) {
      throw new DocumentRegistry.AlreadyExists(id);
    }
    return new Tenant(id, name, at);
  }

  @Override
  public Optional<Tenant> get(String id) {
    return jdbc.sql("SELECT * FROM tenant WHERE id = :id").param("id", id)
        .query((rs, n) -> new Tenant(rs.getString("id"), rs.getString("name"),
            JdbcDocuments.instant(rs, "created_at"))).optional();
  }

  @Override
  public List<Tenant> list() {
    return jdbc.sql("SELECT * FROM tenant ORDER BY id")
        .query((rs, n) -> new Tenant(rs.getString("id"), rs.getString("name"),
            JdbcDocuments.instant(rs, "created_at"))).list();
  }
}

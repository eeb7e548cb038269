package org.demarc.registry;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ApiKeyRegistry} on table {@code api_key}. Keys are looked up by the SHA-256 of the whole key (a unique index):
 * a key has 256 random bits, so a fast hash is enough (nothing to guess from a dictionary), and the lookup costs one
 * indexed read.
 */
class JdbcApiKeyRegistry implements ApiKeyRegistry {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;

  JdbcApiKeyRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Override
  public Created create(String tenant, String name, Set<String> roles, Instant expiresAt, String createdBy) {
    String key = "dmk_" + random(32);
    return new Created(insert(key, tenant, name, roles, expiresAt, createdBy), key);
  }

  @Override
  public ApiKey register(String key, String tenant, String name, Set<String> roles, String createdBy) {
    try {
      return authenticate(key).orElseGet(() -> insert(key, tenant, name, roles, null, createdBy));
    } catch (org.springframework.dao.DuplicateKeyException e) {
      return authenticate(key).orElseThrow(); // another instance registered it meanwhile
    }
  }

  private ApiKey insert(String key, String tenant, String name, Set<String> roles, Instant expiresAt,
      String createdBy) {
    String id = "key_" + random(9);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql("INSERT INTO api_key (id, tenant_id, name, roles, secret_hash, created_at, created_by, expires_at) "
        + "VALUES (:id, :tenant, :name, :roles, :hash, :at, :by, :expires)").param("id", id).param("tenant", tenant)
        .param("name", name).param("roles", String.join(",", roles)).param("hash", ApiKeyRegistry.hash(key))
        .param("at", at.atOffset(ZoneOffset.UTC)).param("by", createdBy, java.sql.Types.VARCHAR)
        .param("expires", expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC),
            java.sql.Types.TIMESTAMP_WITH_TIMEZONE).update();
    return new ApiKey(id, tenant, name, new LinkedHashSet<>(roles), at, createdBy, expiresAt, null);
  }

  @Override
  public Optional<ApiKey> byHash(String hash) {
    return jdbc.sql("SELECT * FROM api_key WHERE secret_hash = :hash").param("hash", hash)
        .query(JdbcApiKeyRegistry::row).optional();
  }

  @Override
  public List<ApiKey> list(String tenant) {
    return jdbc.sql("SELECT * FROM api_key WHERE tenant_id = :tenant ORDER BY created_at, id")
        .param("tenant", tenant).query(JdbcApiKeyRegistry::row).list();
  }

  @Override
  public Optional<ApiKey> get(String tenant, String id) {
    return jdbc.sql("SELECT * FROM api_key WHERE tenant_id = :tenant AND id = :id").param("tenant", tenant)
        .param("id", id).query(JdbcApiKeyRegistry::row).optional();
  }

  @Override
  public Optional<ApiKey> revoke(String tenant, String id) {
    jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE tenant_id = :tenant AND id = :id AND revoked_at IS NULL")
        .param("at", Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).param("tenant", tenant)
        .param("id", id).update();
    return get(tenant, id);
  }

  @Override
  public boolean any() {
    return jdbc.sql("SELECT COUNT(*) FROM api_key").query(Long.class).single() > 0;
  }

  private static ApiKey row(ResultSet rs, int n) throws SQLException {
    return new ApiKey(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"),
        new LinkedHashSet<>(Arrays.asList(rs.getString("roles").split(","))), JdbcDocuments.instant(rs, "created_at"),
        rs.getString("created_by"), JdbcDocuments.instant(rs, "expires_at"), JdbcDocuments.instant(rs, "revoked_at"));
  }
}

package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys for machine callers. A key is random (256 bits), shown once when it is created and stored only as its
 * SHA-256 hash; it belongs to one tenant, has roles, a name, an optional expiry, and can be revoked.
 */
public interface ApiKeyRegistry {

  /**
   * A key's record (never the key itself).
   *
   * @param id its public id
   * @param tenant the tenant it acts for
   * @param name what it is for
   * @param roles its roles (lower case: architect, procurement, auditor, admin)
   * @param createdAt when it was created
   * @param createdBy who created it
   * @param expiresAt when it stops working, or null
   * @param revokedAt when it was revoked, or null
   */
  record ApiKey(String id, String tenant, String name, Set<String> roles, Instant createdAt, String createdBy,
      Instant expiresAt, Instant revokedAt) {
    /** Whether it works at {@code now}. */
    public boolean activeAt(Instant now) {
      return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
  }

  /** The SHA-256 of a key (hex): what is stored of it, and what may be remembered of it. */
  static String hash(String key) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new key: its record, and the key itself, which is not kept. */
  record Created(ApiKey apiKey, String key) {}

  /** Creates a key with a new random secret. */
  Created create(String tenant, String name, Set<String> roles, Instant expiresAt, String createdBy);

  /** Registers a key the operator chose (the {@code DEMARC_ADMIN_KEY} setting), unless a key with that secret exists. */
  ApiKey register(String key, String tenant, String name, Set<String> roles, String createdBy);

  /** The key with this secret, whatever its state (the caller checks {@link ApiKey#activeAt}). */
  default Optional<ApiKey> authenticate(String key) {
    return byHash(hash(key));
  }

  /** The key whose secret has this {@link #hash}. */
  Optional<ApiKey> byHash(String hash);

  /** A tenant's keys, oldest first. */
  List<ApiKey> list(String tenant);

  Optional<ApiKey> get(String tenant, String id);

  /** Revokes a key of the tenant; empty when there is none. */
  Optional<ApiKey> revoke(String tenant, String id);

  /** Whether any key exists at all (first start). */
  boolean any();
}

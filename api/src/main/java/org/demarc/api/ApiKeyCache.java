package org.demarc.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.demarc.registry.ApiKeyRegistry;
import org.springframework.stereotype.Component;

/**
 * A few seconds' memory of verified API keys (Caffeine), keyed by the key's hash, so authenticating does not read the
 * database on every request. Expiry is checked at every request; a revocation takes effect at once on the instance
 * that revoked the key and within {@code demarc.security.key-cache-seconds} (5) on the others. Unknown keys are not
 * remembered.
 */
@Component
class ApiKeyCache {
  private final ApiKeyRegistry keys;
  private final Cache<String, ApiKeyRegistry.ApiKey> known;

  ApiKeyCache(ApiKeyRegistry keys, DemarcProperties properties) {
    this.keys = keys;
    this.known = Caffeine.newBuilder().maximumSize(10_000)
        .expireAfterWrite(Duration.ofSeconds(properties.security().keyCacheSeconds())).build();
  }

  Optional<ApiKeyRegistry.ApiKey> find(String key) {
    return byHash(ApiKeyRegistry.hash(key));
  }

  /** The key with this hash (a web session keeps the hash of the key it logged in with, never the key). */
  Optional<ApiKeyRegistry.ApiKey> byHash(String hash) {
    ApiKeyRegistry.ApiKey k = known.getIfPresent(hash);
    if (k != null) {
      return Optional.of(k);
    }
    Optional<ApiKeyRegistry.ApiKey> loaded = keys.byHash(hash);
    loaded.ifPresent(found -> known.put(hash, found));
    return loaded;
  }

  /** Forgets a key (revoked here). */
  void forget(String id) {
    known.asMap().values().removeIf(k -> k.id().equals(id));
  }
}

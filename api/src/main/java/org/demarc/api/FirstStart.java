package org.demarc.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.demarc.registry.ApiKeyRegistry;
import org.demarc.registry.AuditLog;
import org.demarc.registry.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The first admin key. With {@code DEMARC_ADMIN_KEY} set, that key is registered as an admin of the initial tenant
 * (once). Otherwise, when no key exists at all, one is generated and written to {@code <data-dir>/initial-admin-key},
 * readable by the owner only; the log names the file, never the key.
 */
@Component
class FirstStart implements SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
  private final ApiKeyRegistry keys;
  private final AuditLog audit;
  private final DemarcProperties properties;

  FirstStart(ApiKeyRegistry keys, AuditLog audit, DemarcProperties properties) {
    this.keys = keys;
    this.audit = audit;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    String chosen = properties.adminKey();
    if (chosen != null && !chosen.isBlank()) {
      if (chosen.length() < 20) {
        throw new IllegalStateException("DEMARC_ADMIN_KEY must be at least 20 characters");
      }
      if (keys.authenticate(chosen).isEmpty()) {
        ApiKeyRegistry.ApiKey k = keys.register(chosen, TenantRegistry.INITIAL, "DEMARC_ADMIN_KEY", Set.of("admin"),
            "start-up");
        audit.record(TenantRegistry.INITIAL, "start-up", "api_key.created", k.id(), "DEMARC_ADMIN_KEY, roles admin");
        LOG.info("registered the admin key of DEMARC_ADMIN_KEY as {}", k.id());
      }
      return;
    }
    if (keys.any()) {
      return;
    }
    ApiKeyRegistry.Created created = keys.create(TenantRegistry.INITIAL, "initial admin", Set.of("admin"), null,
        "start-up");
    audit.record(TenantRegistry.INITIAL, "start-up", "api_key.created", created.apiKey().id(),
        "initial admin, roles admin");
    Path file = Path.of(properties.dataDir()).resolve("initial-admin-key").toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, created.key() + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the initial admin key to " + file, e);
    }
    LOG.warn("first start: an admin key for the initial tenant was written to {} (readable by its owner only); "
        + "use it to create keys (POST /api/v1/admin/api-keys), then delete the file", file);
  }
}

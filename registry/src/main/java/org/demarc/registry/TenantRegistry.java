package org.demarc.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organisations records belong to. The initial tenant, {@value #INITIAL}, exists from the first migration on. */
public interface TenantRegistry {
  /** The tenant records stored before tenants existed belong to, and the operator's. */
  String INITIAL = "default";

  /** A tenant. */
  record Tenant(String id, String name, Instant createdAt) {}

  /**
   * Adds a tenant.
   *
   * @throws DocumentRegistry.AlreadyExists if the id is taken
   */
  Tenant create(String id, String name);

  Optional<Tenant> get(String id);

  /** Every tenant, in id order. */
  List<Tenant> list();
}

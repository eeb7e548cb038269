package org.demarc.api;

import org.demarc.registry.TenantRegistry;

/**
 * The tenant a request acts for. Until callers authenticate (issue 14), every request acts for the initial tenant; the
 * registry already keeps each tenant's records apart, so this is the one place that will read the caller's tenant.
 */
final class Tenants {
  private Tenants() {}

  static String current() {
    return TenantRegistry.INITIAL;
  }
}

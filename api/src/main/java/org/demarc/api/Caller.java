package org.demarc.api;

import java.util.Set;

/**
 * Who is asking: an API key or a token's subject, the tenant it acts for, and its roles.
 *
 * @param id the key id ({@code key_…}) or the token's subject ({@code jwt:…})
 * @param tenant the tenant
 * @param roles its roles
 * @param rateKey what its rate limit is counted by
 */
record Caller(String id, String tenant, Set<Role> roles, String rateKey) implements java.io.Serializable {

  /** The roles (the names, lower case in keys and tokens). */
  enum Role {
    ARCHITECT, PROCUREMENT, AUDITOR, ADMIN;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Role of(String name) {
      try {
        return name == null ? null : valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /** Whether this caller is the operator: an admin of the initial tenant. */
  boolean operator() {
    return roles.contains(Role.ADMIN) && org.demarc.registry.TenantRegistry.INITIAL.equals(tenant);
  }
}

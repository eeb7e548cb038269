package org.demarc.api;

/** The tenant a request acts for: its authenticated caller's. */
final class Tenants {
  private Tenants() {}

  /**
   * The caller's tenant.
   *
   * @throws IllegalStateException when the request is not authenticated (a route reading the registry without a
   *     rule in {@link AccessRules} that asks for a role)
   */
  static String current() {
    Caller caller = CallerAuthentication.current();
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller");
    }
    return caller.tenant();
  }

  /** The caller's id for the records it makes (a key id or a token subject), or null. */
  static String caller() {
    Caller caller = CallerAuthentication.current();
    return caller == null ? null : caller.id();
  }
}

package org.demarc.registry;

import java.time.Instant;
import java.util.List;

/** The append-only log of admin actions (tenant created, key created or revoked), per tenant. */
public interface AuditLog {

  /**
   * One action.
   *
   * @param id its id
   * @param tenant the tenant it concerns
   * @param at when
   * @param actor who (a key id or a token subject)
   * @param action what, e.g. {@code api_key.created}
   * @param target on what (a key or tenant id)
   * @param detail more, e.g. the key's name and roles
   */
  record Event(String id, String tenant, Instant at, String actor, String action, String target, String detail) {}

  void record(String tenant, String actor, String action, String target, String detail);

  /** A tenant's events, newest first. */
  List<Event> list(String tenant, int limit);
}

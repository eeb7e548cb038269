package org.demarc.model;

import java.util.Set;

/**
 * An organisation that takes part in a flow (関係事業者). The same organisation may be, for example, both the
 * online service provider and the maintenance vendor.
 *
 * @param id unique id within the flow, used by every reference
 * @param name display name, e.g. "A病院"
 * @param roles the roles it holds in this flow
 */
public record Party(String id, String name, Set<PartyRole> roles) {

  /** Whether this party holds the given role. */
  public boolean has(PartyRole role) {
    return roles != null && roles.contains(role);
  }
}

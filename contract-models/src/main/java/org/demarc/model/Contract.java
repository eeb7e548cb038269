package org.demarc.model;

import java.util.List;

/**
 * A contract between the institution and one other party, with its typed clauses.
 *
 * @param id the contract's id
 * @param kind the kind of contract
 * @param institution the institution's party id (usually the provider)
 * @param counterparty the other party: recipient, carrier, online service, entrustee, consignee or maintenance vendor
 * @param clauses its clauses
 * @param flows the ids of the stored flows this contract covers (links in the registry; optional, and not used when
 *     checking or reviewing the contract)
 */
public record Contract(String id, ContractKind kind, String institution, String counterparty, List<Clause> clauses,
    List<String> flows) {

  /** The linked flows, never null. */
  public List<String> flowIds() {
    return flows == null ? List.of() : flows;
  }
}

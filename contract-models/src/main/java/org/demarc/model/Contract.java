package org.demarc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A contract between the institution and one other party, or more (a multi-party agreement, such as a regional
 * network's participation agreement that every institution and the network's operator sign), with its typed clauses.
 *
 * @param id the contract's id
 * @param kind the kind of contract
 * @param institution the institution's party id (usually the provider)
 * @param counterparty the other party: recipient, carrier, online service, entrustee, consignee or maintenance vendor
 * @param clauses its clauses
 * @param flows the ids of the stored flows this contract covers (links in the registry; optional, and not used when
 *     checking or reviewing the contract)
 * @param otherParties the further parties that sign it, in a multi-party agreement (optional): every party of the
 *     contract is bound by a clause that names no party, and a clause may name any of them
 */
public record Contract(String id, ContractKind kind, String institution, String counterparty, List<Clause> clauses,
    List<String> flows, List<String> otherParties) {

  /** A contract between two parties. */
  public Contract(String id, ContractKind kind, String institution, String counterparty, List<Clause> clauses,
      List<String> flows) {
    this(id, kind, institution, counterparty, clauses, flows, null);
  }

  /** The linked flows, never null. */
  public List<String> flowIds() {
    return flows == null ? List.of() : flows;
  }

  /** Every party that signs it: the institution, the counterparty, then the other parties, as given. */
  public List<String> signatories() {
    List<String> all = new ArrayList<>();
    all.add(institution);
    all.add(counterparty);
    if (otherParties != null) {
      all.addAll(otherParties);
    }
    return all;
  }

  /** Whether the party signs it. */
  public boolean signedBy(String party) {
    return party != null && signatories().contains(party);
  }
}

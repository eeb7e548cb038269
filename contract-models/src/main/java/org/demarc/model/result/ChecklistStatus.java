package org.demarc.model.result;

/** How far the contracts settle one obligation. */
public enum ChecklistStatus {
  /** A clause binding the right party covers the obligation's whole scope. */
  COVERED,
  /** A clause binding the right party covers only part of the scope (some segments or threats). */
  PARTIAL,
  /**
   * A clause of this type exists but binds another party (an allocation, {@code ControlType#allocation()}, is settled by
   * a clause naming either party of its contract), or settles nothing in a contract with another party than the one
   * owing it (the demarcation agreement signed with the carrier instead of the recipient).
   */
  WRONG_PARTY,
  /**
   * A clause binding the party exists, but in a contract with someone the obligation is not agreed with: e.g. a
   * carrier's terms in its contract with the regional network's operator instead of with a medical institution, or a
   * demarcation agreement between two recipients instead of with the provider.
   */
  WRONG_COUNTERPARTY,
  /** No clause settles it. */
  MISSING,
  /** No contract with this party exists at all. */
  CONTRACT_MISSING,
  /** The obligation does not apply. */
  NOT_APPLICABLE
}

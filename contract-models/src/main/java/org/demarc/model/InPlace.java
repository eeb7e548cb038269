package org.demarc.model;

/**
 * A declaration about an organisational or contractual control, e.g. that the availability of the carrier's line
 * is agreed in the network service contract. A control the flow does not declare at all counts as absent.
 *
 * @param control the control
 * @param party the party it is in place for (the party the control is assigned to); absent means every party
 * @param reference where the evidence is, e.g. a contract number
 * @param status in place (the default), planned, absent or unknown
 * @param owner for a planned control: who concludes it
 * @param due for a planned control: by when, e.g. 2008-04-01
 */
public record InPlace(
    ControlType control, String party, String reference, EvidenceStatus status, String owner, String due) {

  /** A control declared in place, with its evidence. */
  public InPlace(ControlType control, String party, String reference) {
    this(control, party, reference, null, null, null);
  }

  /** The declared status; in place when the declaration does not say. */
  public EvidenceStatus effectiveStatus() {
    return status == null ? EvidenceStatus.IN_PLACE : status;
  }
}

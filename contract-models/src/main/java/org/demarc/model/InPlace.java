package org.demarc.model;

/**
 * A declaration that an organisational or contractual control is in place, e.g. that the availability of the
 * carrier's line is agreed in the network service contract.
 *
 * @param control the control
 * @param party the party it is in place for (the party the control is assigned to); absent means every party
 * @param reference where the evidence is, e.g. a contract number
 */
public record InPlace(ControlType control, String party, String reference) {}

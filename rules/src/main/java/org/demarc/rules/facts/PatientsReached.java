package org.demarc.rules.facts;

/**
 * Derived: the information reaches patients themselves (patient access from outside, or a patient among the
 * recipients), so the accepted risk must be explained to them.
 *
 * @param party a patient's party id
 */
public record PatientsReached(String party) {}

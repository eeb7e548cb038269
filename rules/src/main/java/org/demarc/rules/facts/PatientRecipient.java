package org.demarc.rules.facts;

/**
 * Derived: a recipient that is a patient (the data subject) receiving their own information, not a third party.
 *
 * @param party the recipient's party id
 */
public record PatientRecipient(String party) {}

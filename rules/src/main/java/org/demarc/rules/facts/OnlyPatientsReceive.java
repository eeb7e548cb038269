package org.demarc.rules.facts;

/** Derived: every recipient is a patient receiving their own information, so there is no provision to a third party. */
public record OnlyPatientsReceive() {}

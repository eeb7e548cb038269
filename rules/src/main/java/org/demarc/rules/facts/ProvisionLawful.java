package org.demarc.rules.facts;

/** Derived: the consent requirement for third-party provision is met (or a statutory exception applies). */
public record ProvisionLawful() {}

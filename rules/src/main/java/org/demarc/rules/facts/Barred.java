package org.demarc.rules.facts;

/**
 * Derived from input facts only: the provision is prohibited as a whole (third-party provision without valid
 * consent or exception), so no agreement with a recipient can make it compliant.
 */
public record Barred() {}

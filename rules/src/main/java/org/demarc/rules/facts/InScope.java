package org.demarc.rules.facts;

/** Derived: the flow carries personal medical information out of the institution, so 6.11 applies. */
public record InScope() {}

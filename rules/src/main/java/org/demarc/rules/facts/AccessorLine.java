package org.demarc.rules.facts;

/**
 * Derived: the last segment of a path that ends at a person's own terminal (a staff member or patient reaching the
 * institution from outside, or patients receiving their own information), run by a carrier other than the provider:
 * the line by which the person connects, which the person may have contracted themselves (a home or mobile internet
 * provider). Whether the institution must agree the carrier rules' terms with it is not settled by the seed, so the
 * rules on sharing management with a carrier (B1-05 per segment, B1-07, B1-09's contract terms, B1-11, B1-15) leave
 * it to a human review (Demarc's reading).
 *
 * @param segment the segment's id
 * @param operator the carrier
 */
public record AccessorLine(String segment, String operator) {}

package org.demarc.rules.facts;

/**
 * Derived: the last segment of a path that ends at a person's own terminal, run by a carrier the institution has agreed
 * terms with ({@link AgreedCarrier}): a line the institution contracts, judged as any carrier's (Demarc's reading), where
 * without that evidence it would be the person's own line ({@link AccessorLine}).
 *
 * @param segment the segment's id
 * @param operator the carrier
 * @param evidence what shows the institution's agreement with the carrier
 */
public record AgreedAccessorLine(String segment, String operator, String evidence) {}

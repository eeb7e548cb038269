package org.demarc.rules.facts;

/**
 * Derived: a segment the institution at one end of the flow runs itself (the provider, or a third-party recipient
 * receiving for its own use), e.g. a core hospital that runs the regional network's hub it sends through. The
 * segment lies inside that institution's own management scope: no carrier or service shares management there, so
 * the rules on sharing it with one (B1-05 per segment, B1-07 to B1-11, B1-15) do not apply to it.
 *
 * @param segment the segment's id
 */
public record OwnSegment(String segment) {}

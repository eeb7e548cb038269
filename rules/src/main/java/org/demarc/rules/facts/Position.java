package org.demarc.rules.facts;

/**
 * Derived: where a party stands on the path. The provider stands before segment 0 (-1), recipients after the
 * last segment (n), an operator on the segments it runs (first..last).
 *
 * @param party the party id
 * @param first the first position
 * @param last the last position
 */
public record Position(String party, int first, int last) {}

package org.demarc.rules.facts;

/**
 * Derived per edition: segment {@code index} lies within the edition's definition of "network" (ネットワーク), so
 * the network-selection clauses apply to it. Edition 2 defines it between the sender's and the receiving
 * institution's external connection points; the edition 3 draft adds connection points for access from outside.
 *
 * @param index the segment's position
 * @param closed whether the segment is a closed network (leased line, public switched, closed IP)
 * @param edition the edition whose definition it lies within
 */
public record NetworkSegment(int index, boolean closed, String edition) implements EditionScoped {}

package org.demarc.rules.facts;

/**
 * Derived: on segment {@code index} the information is encrypted, but its key travels over the same channel
 * ({@code keyDelivery: SAME_CHANNEL}) and the segment's channel does not keep it from an eavesdropper (no encrypted
 * channel, or one the segment's operator ends: {@link KeyExposed}). B3-07, B3-08 and B3-09 read the information there
 * as not encrypted so that it cannot be read (Demarc's reading).
 *
 * @param index the segment's position
 */
public record KeyReadable(int index) {}

package org.demarc.rules.facts;

/**
 * Derived: on segment {@code index} the information is encrypted, but its key travels over the same channel
 * ({@code keyDelivery: SAME_CHANNEL}, a password ZIP with the password in the same mail) and no encrypted channel whose
 * ends are other parties keeps it from the segment's operator: the operator can read the information as if it were not
 * encrypted (Demarc's reading of the seed's 適切に暗号化され, C:L462-466).
 *
 * @param index the segment's position
 */
public record KeyExposed(int index) {}

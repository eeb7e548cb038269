package org.demarc.rules.facts;

/**
 * Derived: on segment {@code index} the information is encrypted, but its key travels over the same channel
 * ({@code keyDelivery: SAME_CHANNEL}, a password ZIP with the password in the same mail) and no encrypted channel whose
 * ends are other parties keeps it from the segment's operator: the operator can read the information as if it were not
 * encrypted (Demarc's reading of the seed's 適切に暗号化され, C:L462-466). Not derived on a line an institution runs
 * itself. B1-09, B1-10 and B1-11 read it of the operator; the network rules read {@link KeyReadable}, which it
 * implies.
 *
 * @param index the segment's position
 */
public record KeyExposed(int index) {}

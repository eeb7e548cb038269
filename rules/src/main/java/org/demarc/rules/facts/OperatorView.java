package org.demarc.rules.facts;

/**
 * Derived: what a carrier or online service sees of the data: on a segment it operates, or as a recipient that
 * holds one of those roles (e.g. a storage service or processor), where {@code segment} is null.
 *
 * @param party the operator's party id
 * @param segment the segment it operates, or null when it is a recipient
 * @param index the segment's position, or the path length for a recipient
 * @param plaintext whether it sees the data unencrypted
 * @param byTunnel whether only a tunnel the flow's two ends run themselves keeps it from the plaintext
 */
public record OperatorView(String party, String segment, int index, boolean plaintext, boolean byTunnel) {}

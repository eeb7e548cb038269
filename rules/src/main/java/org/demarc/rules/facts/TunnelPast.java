package org.demarc.rules.facts;

/**
 * Derived: segment {@code index} runs inside an encrypted tunnel that two other parties terminate, one before the
 * segment and one after it (e.g. the provider's VPN to a regional network's hub across a carrier's line), so the
 * segment's operator sees only ciphertext there, although the data itself is not encrypted and the tunnel is not the
 * flow's two ends' own ({@link EndToEndTunnel}).
 *
 * @param index the segment's position
 * @param from the party at the tunnel's near end
 * @param to the party at the tunnel's far end
 * @param offPath the ends the path does not place (a service or gateway written only as the channel's end), the
 *     channel then read as running across the whole segment it is written on; empty when both ends stand on the path
 */
public record TunnelPast(int index, String from, String to, java.util.List<String> offPath) {}

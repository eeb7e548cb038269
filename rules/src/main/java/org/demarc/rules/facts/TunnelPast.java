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
 */
public record TunnelPast(int index, String from, String to) {}

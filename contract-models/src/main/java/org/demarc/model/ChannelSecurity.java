package org.demarc.model;

/**
 * Channel security on one segment (チャンネル・セキュリティ). A tunnel may run beyond the segment: {@code tunnelFrom}
 * and {@code tunnelTo} name the parties whose equipment ends it, so that a tunnel the two ends of the flow run
 * themselves keeps the segment's operator from seeing plaintext.
 *
 * @param protocol none, IPsec+IKE, TLS or SSL-VPN
 * @param tlsVersion for TLS, the lowest version accepted, e.g. "1.2"
 * @param clientAuthenticated for TLS, whether the client is authenticated (client certificate)
 * @param tunnelFrom the party whose equipment ends the tunnel on the provider's (institution's) side
 * @param tunnelTo the party whose equipment ends it on the other side (recipient, staff member, patient)
 * @param terminatesOn where it ends on that other side: on the end device or at a gateway in front of it
 */
public record ChannelSecurity(
    ChannelProtocol protocol, String tlsVersion, Boolean clientAuthenticated, String tunnelFrom, String tunnelTo,
    TunnelEnd terminatesOn) {

  /** Channel security without a declared tunnel. */
  public ChannelSecurity(ChannelProtocol protocol, String tlsVersion, Boolean clientAuthenticated) {
    this(protocol, tlsVersion, clientAuthenticated, null, null, null);
  }

  /** Whether the path itself is encrypted. */
  public boolean encrypted() {
    return protocol != null && protocol != ChannelProtocol.NONE;
  }

  /**
   * Whether it is encrypted between the equipment of two named parties, neither of them this segment's operator: the
   * operator carries it without ending it (the flow's ends' own tunnel across a carrier's line, or one to a service
   * beyond it).
   */
  public boolean encryptedPast(String operator) {
    return encrypted() && tunnelFrom != null && tunnelTo != null && !tunnelFrom.equals(operator)
        && !tunnelTo.equals(operator);
  }
}

package org.demarc.model;

/**
 * Channel security on one segment (チャンネル・セキュリティ).
 *
 * @param protocol none, IPsec+IKE or TLS
 * @param tlsVersion for TLS, the lowest version accepted, e.g. "1.2"
 * @param clientAuthenticated for TLS, whether the client is authenticated (client certificate)
 */
public record ChannelSecurity(ChannelProtocol protocol, String tlsVersion, Boolean clientAuthenticated) {

  /** Whether the path itself is encrypted. */
  public boolean encrypted() {
    return protocol != null && protocol != ChannelProtocol.NONE;
  }
}

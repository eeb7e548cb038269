package org.demarc.model;

/** The channel security on a segment (チャンネル・セキュリティ: encryption of the path, not of the data). */
public enum ChannelProtocol {
  /** No channel encryption. */
  NONE,
  /** IPsec with IKE key exchange. */
  IPSEC_IKE,
  /** TLS. */
  TLS,
  /** SSL-VPN with a client installed on the terminal. */
  SSL_VPN_CLIENT,
  /** Clientless SSL-VPN through a web browser. */
  SSL_VPN_CLIENTLESS
}

package org.demarc.model;

/** Where an encrypted tunnel ends on the outer (recipient's or accessor's) side. */
public enum TunnelEnd {
  /** On the end device itself (the terminal, the recipient's server). */
  END_DEVICE,
  /** At a gateway (a router or VPN concentrator) in front of the end device. */
  GATEWAY
}

package org.demarc.model;

/** How the decryption key reaches the party that decrypts. */
public enum KeyDelivery {
  /** Over the same channel as the data: an eavesdropper on the path gets both. */
  SAME_CHANNEL,
  /** Over a separate channel (another medium or route). */
  SEPARATE_CHANNEL,
  /** By public-key infrastructure: the data is encrypted to the recipient's public key. */
  PKI
}

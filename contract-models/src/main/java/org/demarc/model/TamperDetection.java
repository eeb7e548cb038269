package org.demarc.model;

/** How tampering with the data itself can be detected (改ざん検知). */
public enum TamperDetection {
  /** None. */
  NONE,
  /** 電子署名: an electronic signature on the data. */
  ELECTRONIC_SIGNATURE,
  /** Another mechanism, e.g. a message authentication code. */
  OTHER
}

package org.demarc.model.result;

/** The threats on the path the guideline names. */
public enum Threat {
  /** 盗聴. */
  EAVESDROPPING,
  /** 改ざん. */
  TAMPERING,
  /** なりすまし. */
  SPOOFING,
  /** 侵入. */
  INTRUSION,
  /** 妨害. */
  INTERFERENCE
}

package org.demarc.app;

import java.util.UUID;

/** The id of one decision (an evaluation, comparison or contract check), as the API and the CLI give it. */
public final class DecisionIds {
  private DecisionIds() {}

  /**
   * A new decision id: a UUID of version 7 (RFC 9562 §5.7), whose first 48 bits are the Unix time in milliseconds and
   * whose other 74 bits (besides version and variant) are random. Ids made later sort after earlier ones, so the
   * decision log appends to its key index instead of touching pages all over it: with random (version 4) ids, each
   * commit of the embedded database rewrote a page of that index per decision.
   */
  public static String next() {
    return next(System.currentTimeMillis()).toString();
  }

  static UUID next(long epochMillis) {
    UUID random = UUID.randomUUID();
    long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
    return new UUID(high, random.getLeastSignificantBits());
  }
}

package org.demarc.rules.facts;

import java.util.List;
import org.demarc.model.Segment;

/**
 * Derived: where a party stands on the path. The provider stands before segment 0 (-1), recipients after the
 * last segment (n), an operator on the segments it runs (first..last).
 *
 * @param party the party id
 * @param first the first position
 * @param last the last position
 */
public record Position(String party, int first, int last) {

  /**
   * Where an operator that encrypts at segment {@code at} is done with the plaintext: the last of the consecutive
   * segments it runs from there. Where inside its own management scope it encrypts is not known, so the scope carries
   * plaintext as a whole, however finely the flow divides it into segments (Demarc's reading). A position off the
   * path (the provider before it) is returned as it is.
   */
  public static int runEnd(List<Segment> segments, String party, int at) {
    if (at < 0 || at >= segments.size()) {
      return at;
    }
    int end = at;
    while (end + 1 < segments.size() && party.equals(segments.get(end + 1).operator())) {
      end++;
    }
    return end;
  }

  /** The same for an operator that decrypts at segment {@code at}: the first of the consecutive segments it runs up to there. */
  public static int runStart(List<Segment> segments, String party, int at) {
    if (at < 0 || at >= segments.size()) {
      return at;
    }
    int start = at;
    while (start - 1 >= 0 && party.equals(segments.get(start - 1).operator())) {
      start--;
    }
    return start;
  }
}

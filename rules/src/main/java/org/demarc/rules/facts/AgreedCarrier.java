package org.demarc.rules.facts;

import java.util.List;

/**
 * Input: a carrier with which the flow shows the institution has agreed terms, so the institution has a contract with
 * it: one of a carrier's contract terms declared in {@code inPlace}, in place or planned, for that carrier by name or
 * for every party, or (in a contract check) a contract between the provider and it. The line of such a carrier to a
 * person's own terminal is a line the institution contracts (a data card it issues, a closed mobile network), not the
 * person's own (Demarc's reading; see {@link AccessorLine}), where the agreement covers that line: a contract whose
 * every clause names other segments (the carrier's line in the middle of the path) does not.
 *
 * @param party the carrier's party id
 * @param evidence what shows it, as the answer names it: a pointer such as {@code /inPlace/2} or {@code /contracts/0}
 * @param segments the segments the agreement covers, or null for every segment the carrier runs
 * @param order the evidence's place among all of them, the first covering a line being the one the answer names
 */
public record AgreedCarrier(String party, String evidence, List<String> segments, int order) {

  /** Whether the agreement covers the given segment. */
  public boolean covers(String segment) {
    return segments == null || segments.contains(segment);
  }
}

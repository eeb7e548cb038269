package org.demarc.model.result;

import java.util.List;

/**
 * A responsibility one rule assigns to one or more parties, grouped: every party listed holds it for every subject and
 * threat listed, so an answer grows with the flow's facts, not with their product.
 *
 * @param type the kind of responsibility
 * @param parties the parties holding it, sorted
 * @param segments the subjects it applies to (segments in path order, or a taken-out item, remote login or contract
 *     id); empty for the whole flow
 * @param threats the threats it applies to; empty for all
 * @param scope what it covers, in Japanese and English
 * @param ruleId the rule that assigns it; its findings (same rule, same party) explain it and the result's
 *     {@code rules} map cites it
 * @param subjectKind what {@code segments} name, or null when empty
 */
public record Responsibility(
    ResponsibilityType type, List<String> parties, List<String> segments, List<Threat> threats, Text scope,
    String ruleId, SubjectKind subjectKind) {

  /** Whether the party holds it on the subject (a null subject asks about the whole flow). */
  public boolean holds(String party, String segment) {
    return parties.contains(party) && (segment == null ? segments.isEmpty() : segments.contains(segment));
  }
}

package org.demarc.model.result;

/**
 * A responsibility assigned to a party.
 *
 * @param party the party
 * @param type the kind of responsibility
 * @param segment the subject it applies to (a segment, taken-out item, remote login or contract id), or null for the
 *     whole flow
 * @param threat the threat it applies to, or null for all
 * @param scope what it covers, in Japanese and English
 * @param ruleId the rule that assigns it
 * @param findingId the finding that assigns it, which carries the citation
 * @param subjectKind what {@code segment} names, or null when it is empty
 */
public record Responsibility(
    String party, ResponsibilityType type, String segment, Threat threat, Text scope, String ruleId, String findingId,
    SubjectKind subjectKind) {}

package org.demarc.model.result;

import java.util.List;

/**
 * One thing a rule found, explained: the rule (cited in the result's {@code rules} map), and the input facts that
 * triggered it.
 *
 * @param id stable id built from rule, segment and party, so the same obligation matches across editions
 * @param ruleId the rule
 * @param kind what the finding says
 * @param strength the strength of the rule variant that found it (a rule's variants may differ: a MUST duty and an
 *     INFO note under one rule id; the {@code rules} map gives the strongest of those that fired)
 * @param basis the basis of the rule variant that found it (the {@code rules} map gives the least certain of those
 *     that fired)
 * @param message the finding in Japanese and English
 * @param party the party it concerns, if any
 * @param segment the subject it concerns, if any: a segment, taken-out item, remote login or contract id
 * @param threat the threat it concerns, if any
 * @param needsHumanReview whether a human must review it (ambiguous or uncovered guideline text)
 * @param triggeredBy the input facts that made the rule fire, as JSON pointers with their values
 * @param subjectKind what {@code segment} names, or null when it is empty
 */
public record Finding(
    String id,
    String ruleId,
    FindingKind kind,
    Strength strength,
    Basis basis,
    Text message,
    String party,
    String segment,
    Threat threat,
    boolean needsHumanReview,
    List<String> triggeredBy,
    SubjectKind subjectKind) {}

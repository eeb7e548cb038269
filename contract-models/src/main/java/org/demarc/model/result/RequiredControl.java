package org.demarc.model.result;

import org.demarc.model.ControlType;

/**
 * A control a party must (or should) put in place, and whether it is.
 *
 * @param id stable id built from rule, control, segment and party
 * @param control the control
 * @param text what the control is, in Japanese and English
 * @param party the party it is assigned to
 * @param segment the subject it applies to, or null: a segment, taken-out item, remote login or contract id
 * @param threat the threat it counters, or null
 * @param strength must or should
 * @param status satisfied, missing, planned, unknown or not applicable
 * @param effectIfMissing for a MUST control not in place, what it does to the verdict; null otherwise
 * @param checklistItem the contract checklist item (CC-xx), if the control is a contract clause
 * @param ruleId the rule that requires it
 * @param findingId the finding that requires it, which carries the citation
 * @param evidence for a declared control: the declaration's reference, owner and due date, if any
 * @param subjectKind what {@code segment} names, or null when it is empty
 */
public record RequiredControl(
    String id,
    ControlType control,
    Text text,
    String party,
    String segment,
    Threat threat,
    Strength strength,
    ControlStatus status,
    MissingEffect effectIfMissing,
    String checklistItem,
    String ruleId,
    String findingId,
    String evidence,
    SubjectKind subjectKind) {}

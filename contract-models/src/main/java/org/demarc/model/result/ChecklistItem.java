package org.demarc.model.result;

import org.demarc.model.ControlType;

/**
 * One line of the contract checklist.
 *
 * @param id stable id: checklist item, control, segment, party
 * @param checklistItem the catalogue's checklist item, e.g. CC-05
 * @param control the obligation, e.g. TAMPER_INTRUSION_INTERFERENCE_TERMS
 * @param text what the obligation is, in Japanese and English
 * @param party the party the clause must bind
 * @param segment the segment it concerns, if any
 * @param threat the threat it concerns, if any
 * @param strength must or should
 * @param status covered, partial, wrong party, missing, contract missing, not applicable
 * @param message why, in Japanese and English
 * @param contract the contract the matching clause is in, if any
 * @param clause the matching clause, if any
 * @param citation the guideline clause and edition the obligation comes from
 */
public record ChecklistItem(
    String id,
    String checklistItem,
    ControlType control,
    Text text,
    String party,
    String segment,
    Threat threat,
    Strength strength,
    ChecklistStatus status,
    Text message,
    String contract,
    String clause,
    Citation citation) {}

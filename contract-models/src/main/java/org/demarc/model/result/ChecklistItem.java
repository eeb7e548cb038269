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
 * @param clause the matching clause, if any (the first, when several together settle the item)
 * @param clauses every clause the status rests on, each as "contract clause", when there is more than one (clauses
 *     that together cover the item, e.g. tampering in one, intrusion and interference in another); otherwise absent
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
    java.util.List<String> clauses,
    Citation citation) {

  /** Every clause the status rests on, each as "contract clause": the several that together settle it, or the one. */
  public java.util.List<String> clauseRefs() {
    if (clauses != null && !clauses.isEmpty()) {
      return clauses;
    }
    return contract == null || clause == null ? java.util.List.of() : java.util.List.of(contract + " " + clause);
  }
}

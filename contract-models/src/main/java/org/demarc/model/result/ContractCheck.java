package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * The result of checking contracts: against a flow's obligations, or one contract against its kind's checklist.
 *
 * @param subject the flow id, or the contract id for a standalone review
 * @param edition the edition the obligations come from
 * @param verdict the overall verdict
 * @param reasons why, in Japanese and English
 * @param items the checklist
 * @param unusedClauses the clauses no checklist item names, each with why
 * @param flowResult for a flow check: the flow evaluated with the covered clauses counted as in place; otherwise null
 * @param provenance what produced the result
 */
public record ContractCheck(
    String subject,
    Edition edition,
    ContractVerdict verdict,
    List<Text> reasons,
    List<ChecklistItem> items,
    List<UnusedClause> unusedClauses,
    EvaluationResult flowResult,
    Provenance provenance) {}

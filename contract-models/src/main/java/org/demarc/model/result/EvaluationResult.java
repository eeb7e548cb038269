package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * The answer for one flow under one edition.
 *
 * @param flowId the flow
 * @param edition the edition it was evaluated under
 * @param verdict the overall verdict
 * @param verdictReasons why, in Japanese and English
 * @param segmentThreats for every segment and threat in the edition, the responsible parties
 * @param responsibilities every responsibility assigned, per party
 * @param controls every control required, per party, with its status
 * @param findings every finding, with its citation and the facts that triggered it
 * @param missingFacts facts rules needed but the flow did not give
 * @param firedRules ids of the rules that fired, sorted
 * @param provenance what produced the result
 */
public record EvaluationResult(
    String flowId,
    Edition edition,
    Verdict verdict,
    List<Text> verdictReasons,
    List<SegmentThreat> segmentThreats,
    List<Responsibility> responsibilities,
    List<RequiredControl> controls,
    List<Finding> findings,
    List<MissingFact> missingFacts,
    List<String> firedRules,
    Provenance provenance) {}

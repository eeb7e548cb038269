package org.demarc.model.result;

import java.util.List;
import java.util.Map;
import org.demarc.model.Edition;

/**
 * The answer for one flow under one edition.
 *
 * @param flowId the flow
 * @param edition the edition it was evaluated under
 * @param verdict the overall verdict
 * @param verdictReasons why, in Japanese and English
 * @param segmentThreats for every segment and threat in the edition, the responsible parties, cells with the same
 *     parties grouped
 * @param responsibilities every responsibility assigned, grouped by rule, type and scope
 * @param controls every control required, per party, with its status
 * @param findings every finding, with the facts that triggered it
 * @param missingFacts facts rules needed but the flow did not give, by rule id, then field, then the segment asked
 *     about in path order (never in the order the rules fired in)
 * @param unusedDeclarations the flow's {@code inPlace} declarations that show no control asked of it (null in an
 *     answer recorded before they were reported)
 * @param rules the citation of every rule that fired (the answer's findings, controls and responsibilities name their
 *     rule by id), sorted by id
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
    List<UnusedDeclaration> unusedDeclarations,
    Map<String, Citation> rules,
    Provenance provenance) {

  /**
   * The citation of a finding: its rule's, with the strength and basis of the variant that found it (an answer
   * recorded before findings carried them gives the rule's).
   */
  public Citation citation(Finding f) {
    Citation c = rules.get(f.ruleId());
    if (c == null || f.strength() == null || f.basis() == null
        || (c.strength() == f.strength() && c.basis() == f.basis())) {
      return c;
    }
    return new Citation(c.ruleId(), c.edition(), c.clause(), c.title(), f.strength(), f.basis(), c.seedLines());
  }

  /**
   * The citation of a control: that of the finding that asks it (the strength and basis of the variant that found it,
   * as {@link #citation(Finding)}), looked up in {@code findingsById}; the rule's when it names no such finding. A
   * control a rule asks on the guideline's own words is not labelled a reading because another variant of the same rule
   * is one.
   */
  public Citation citation(RequiredControl c, Map<String, Finding> findingsById) {
    Finding f = c.findingId() == null ? null : findingsById.get(c.findingId());
    return f != null ? citation(f) : rules == null ? null : rules.get(c.ruleId());
  }

  /** The findings by id, for {@link #citation(RequiredControl, Map)}. */
  public Map<String, Finding> findingsById() {
    Map<String, Finding> byId = new java.util.HashMap<>();
    if (findings != null) {
      for (Finding f : findings) {
        byId.putIfAbsent(f.id(), f);
      }
    }
    return byId;
  }

  /** The ids of the rules that fired, sorted. */
  public List<String> firedRules() {
    return List.copyOf(rules.keySet());
  }
}

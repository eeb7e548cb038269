package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * What changes for one flow between two editions: matched by stable finding ids, each side with its own citation.
 *
 * @param flowId the flow
 * @param from the first edition
 * @param to the second edition
 * @param fromVerdict the verdict under the first edition
 * @param toVerdict the verdict under the second edition
 * @param verdictChanged whether the verdict differs
 * @param added findings only the second edition makes
 * @param removed findings only the first edition makes
 * @param changed findings both make that differ in kind, strength, party or text
 * @param responsibilitiesAdded responsibilities only the second edition assigns
 * @param responsibilitiesRemoved responsibilities only the first edition assigns
 * @param fromResult the full evaluation under the first edition
 * @param toResult the full evaluation under the second edition
 */
public record EditionComparison(
    String flowId,
    Edition from,
    Edition to,
    Verdict fromVerdict,
    Verdict toVerdict,
    boolean verdictChanged,
    List<Finding> added,
    List<Finding> removed,
    List<FindingChange> changed,
    List<Responsibility> responsibilitiesAdded,
    List<Responsibility> responsibilitiesRemoved,
    EvaluationResult fromResult,
    EvaluationResult toResult) {}

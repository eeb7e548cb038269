package org.demarc.api;

import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Provenance;

/**
 * The answer for one flow.
 *
 * @param decisionId unique id of this decision, for audit trails
 * @param provenance edition, rule-set version and content hash, engine version
 * @param result the evaluation
 */
record EvaluationResponse(String decisionId, Provenance provenance, EvaluationResult result) {}

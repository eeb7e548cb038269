package org.demarc.api;

import java.time.Instant;
import java.util.List;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.registry.DecisionLog;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records decisions in the decision log: evaluations of stored flows always, ad-hoc evaluations when
 * {@code demarc.record-ad-hoc-decisions=true}. A decision is recorded before its answer is sent, so an acknowledged
 * decision is never lost.
 */
@Component
class Decisions {
  private final DecisionLog log;
  private final JsonMapper mapper;
  private final boolean adHoc;

  Decisions(DecisionLog log, JsonMapper mapper, DemarcProperties properties) {
    this.log = log;
    this.mapper = mapper;
    this.adHoc = properties.recordAdHocDecisions();
  }

  /** Records an ad-hoc evaluation (when the setting says so). */
  void adHoc(String route, Object input, EvaluationResponse answer) {
    if (adHoc) {
      record(route, null, null, input, answer);
    }
  }

  /** Records an evaluation. */
  void record(String route, String flowId, Long flowVersion, Object input, EvaluationResponse answer) {
    EvaluationResult r = answer.result();
    log.record(new DecisionLog.Decision(answer.decisionId(), Instant.now(), route, null, flowId, flowVersion,
        r.edition().name(), r.provenance().contentHash(), r.provenance().engineVersion(), r.verdict().name(),
        r.findings().stream().map(Finding::id).sorted().toList(),
        input instanceof String s ? s : mapper.writeValueAsString(input), mapper.writeValueAsString(answer)));
  }

}

package org.demarc.api;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Records decisions in the decision log, through the {@link DecisionWriter}: evaluations of stored flows always,
 * ad-hoc evaluations when {@code demarc.record-ad-hoc-decisions=true}.
 */
@Component
class Decisions {
  private final DecisionWriter writer;
  private final boolean adHoc;

  Decisions(DecisionWriter writer, DemarcProperties properties) {
    this.writer = writer;
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
    writer.submit(new DecisionWriter.Pending(Instant.now(), route, flowId, flowVersion, input, answer,
        Language.current()));
  }
}

package org.demarc.api;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Records decisions in the decision log: evaluations of stored flows always, in the request; ad-hoc evaluations
 * when {@code demarc.record-ad-hoc-decisions=true}, through the {@link DecisionWriter}.
 */
@Component
class Decisions {
  private final DecisionWriter writer;
  private final boolean adHoc;

  Decisions(DecisionWriter writer, DemarcProperties properties) {
    this.writer = writer;
    this.adHoc = properties.recordAdHocDecisions();
  }

  /** Records an ad-hoc evaluation (when the setting says so), off the request path. */
  void adHoc(String route, Object input, EvaluationResponse answer) {
    adHoc(route, input, answer, DecisionWriter.Summary.of(answer));
  }

  /** Records any ad-hoc decision (comparison, contract check) when the setting says so, off the request path. */
  void adHoc(String route, Object input, Object answer, DecisionWriter.Summary summary) {
    if (adHoc) {
      // an API route's input is its whole body: kept as received (JSON or YAML), which also spares serialising it again
      byte[] raw = route.startsWith("POST /api/") ? BodyScanAdvice.rawBody() : null;
      writer.submit(new DecisionWriter.Pending(Tenants.current(), Tenants.caller(), Instant.now(), route, null, null,
          raw != null ? raw : input, answer, summary, Language.current()));
    }
  }

  /** Records a decision about a stored flow, committed before the answer is sent (it is read back at once). */
  void record(String route, String flowId, Long flowVersion, Object input, Object answer,
      DecisionWriter.Summary summary) {
    writer.recordNow(new DecisionWriter.Pending(Tenants.current(), Tenants.caller(), Instant.now(), route, flowId,
        flowVersion, input, answer, summary,
        Language.current()));
  }
}

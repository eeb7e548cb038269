package org.demarc.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.Verdict;
import org.springframework.stereotype.Service;

/** Evaluates flows for the controllers: limits, validation, the engine call, metrics. */
@Service
class Evaluations {
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final Timer latency;
  /** Evaluations by edition and verdict, registered up front so every series starts at zero. */
  private final Map<Edition, Map<Verdict, Counter>> counts = new EnumMap<>(Edition.class);

  Evaluations(DemarcEngine engine, DemarcProperties properties, MeterRegistry registry) {
    this.engine = engine;
    this.properties = properties;
    for (Edition edition : Edition.values()) {
      Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);
      for (Verdict verdict : Verdict.values()) {
        byVerdict.put(verdict, Counter.builder("demarc.evaluations")
            .description("evaluations by edition and verdict")
            .tag("edition", edition.name())
            .tag("verdict", verdict.name())
            .register(registry));
      }
      counts.put(edition, byVerdict);
    }
    this.latency = Timer.builder("demarc.evaluation.latency")
        .description("time to evaluate one flow")
        .publishPercentileHistogram()
        .register(registry);
  }

  /** Evaluates, or throws an {@link ApiProblem} naming the offending fields (pointers prefixed with prefix). */
  EvaluationResponse evaluate(DataFlow flow, Edition edition, String prefix) {
    return evaluate(flow, edition, prefix, RequestLog.decisionId());
  }

  /** Evaluates under a given decision id (each flow of a batch gets its own). */
  EvaluationResponse evaluate(DataFlow flow, Edition edition, String prefix, String decisionId) {
    List<ApiProblem.FieldError> errors = Flows.limits(flow, properties, prefix);
    if (!errors.isEmpty()) {
      throw Flows.invalidFields(errors);
    }
    long start = System.nanoTime();
    EvaluationResult result;
    try {
      result = engine.evaluate(flow, edition);
    } catch (InvalidFlowException e) {
      throw Flows.invalid(e.violations(), prefix);
    }
    latency.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    counts.get(edition).get(result.verdict()).increment();
    return new EvaluationResponse(decisionId, result.provenance(), result);
  }

  Provenance provenance(Edition edition) {
    return engine.provenance(edition);
  }

  /** Limit and structural errors; empty when the flow can be evaluated. */
  List<ApiProblem.FieldError> check(DataFlow flow, String prefix) {
    List<ApiProblem.FieldError> errors = new java.util.ArrayList<>(Flows.limits(flow, properties, prefix));
    if (errors.isEmpty()) {
      errors.addAll(Flows.errors(engine.validate(flow), prefix));
    }
    return errors;
  }
}

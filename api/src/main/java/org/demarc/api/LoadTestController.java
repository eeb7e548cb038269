package org.demarc.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.result.EvaluationResult;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference endpoints of the load benchmark, only under the {@code loadtest} profile: a baseline that reads the same
 * body as an evaluation and does nothing with it, and an evaluation without the engine that shows what the HTTP,
 * JSON and metrics work of an evaluation costs on its own.
 */
@Hidden
@Profile("loadtest")
@RestController
class LoadTestController {
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private volatile EvaluationResult first;

  LoadTestController(DemarcEngine engine, DemarcProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  /**
   * What the baseline answers.
   *
   * @param bytes how many bytes it read
   */
  record Received(int bytes) {}

  @PostMapping(path = "/internal/baseline", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Received baseline(@RequestBody byte[] body) {
    return new Received(body.length);
  }

  /**
   * Binds the body to a flow as {@code POST /api/v1/evaluations} does, and answers with the evaluation of the first
   * flow it received under the default edition, new decision id included: the evaluate endpoint's work minus the
   * engine's. Only meaningful when every request sends the same flow, as the load script does.
   */
  @PostMapping(path = "/internal/without-engine", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  EvaluationResponse withoutEngine(@RequestBody DataFlow flow) {
    EvaluationResult result = first;
    if (result == null) {
      result = engine.evaluate(flow, properties.defaultEdition());
      first = result;
    }
    return new EvaluationResponse(UUID.randomUUID().toString(), result.provenance(), result);
  }
}

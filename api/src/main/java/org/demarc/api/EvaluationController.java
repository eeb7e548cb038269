package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.Provenance;
import org.demarc.report.Report;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evaluate and validate flows. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "evaluations", description = "evaluate flows against the guideline")
class EvaluationController {
  private static final String YAML = "application/yaml";
  private final Evaluations evaluations;
  private final DemarcProperties properties;
  private final JsonMapper mapper;
  private final Decisions decisions;

  EvaluationController(Evaluations evaluations, DemarcProperties properties, JsonMapper mapper, Decisions decisions) {
    this.decisions = decisions;
    this.evaluations = evaluations;
    this.properties = properties;
    this.mapper = mapper;
  }

  @Operation(summary = "Evaluate one flow",
      description = "Returns the verdict, the responsible party for every segment and threat, the controls each party "
          + "must put in place, and every finding with its citation. Accept-Language: ja or en.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "200", description = "the evaluation (as a report people read: POST /api/v1/evaluations/report)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = EvaluationResponse.class)))
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid flow",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/evaluations", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<byte[]> evaluate(
      @RequestBody DataFlow flow,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    EvaluationResponse answer = evaluations.evaluate(flow, Flows.edition(edition, properties, HttpStatus.BAD_REQUEST), "");
    // written once: the bytes sent are the bytes the decision log keeps (recording costs no second serialisation)
    byte[] json = mapper.writeValueAsBytes(answer);
    decisions.adHoc("POST /api/v1/evaluations", flow, json, DecisionWriter.Summary.of(answer));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
  }
  @Operation(summary = "Evaluate one flow as a report people read",
      description = "The same evaluation as one self-contained HTML file (Accept: text/html, the default) or Markdown "
          + "(Accept: text/markdown): the flow's diagram (parties, segments, demarcation points, where the data is "
          + "encrypted and decrypted, the responsible party per segment and threat), the controls, every finding with "
          + "its citation and must/should. The decision id is in the Demarc-Decision-Id header. Accept-Language: ja or en.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "200", description = "the report", content = {
      @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
      @Content(mediaType = ReportResponses.MARKDOWN, schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid flow",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/evaluations/report", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML},
      produces = {MediaType.TEXT_HTML_VALUE, ReportResponses.MARKDOWN})
  ResponseEntity<String> evaluationReport(
      @RequestBody DataFlow flow,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    EvaluationResponse r = evaluations.evaluate(flow, Flows.edition(edition, properties, HttpStatus.BAD_REQUEST), "");
    decisions.adHoc("POST /api/v1/evaluations/report", flow, r);
    return ReportResponses.respond(Report.evaluation(flow, r.result(), Language.current()), accept, r.decisionId());
  }


  /**
   * The body of a batch request (documentation only: items are parsed one by one so each gets its own error).
   *
   * @param flows the flows to evaluate
   */
  record BatchRequest(List<DataFlow> flows) {}

  /**
   * A batch: every item gets its own result or its own error.
   *
   * @param batchId id of this batch
   * @param provenance what produced the results
   * @param items one per flow, in order
   */
  record BatchResponse(String batchId, Provenance provenance, List<BatchItem> items) {}

  /**
   * One item of a batch.
   *
   * @param index position in the request
   * @param evaluation the evaluation, when the flow could be evaluated
   * @param error the problem, when it could not
   */
  record BatchItem(int index, EvaluationResponse evaluation, ProblemDetail error) {}

  @Operation(summary = "Evaluate a batch of flows",
      description = "Body: {\"flows\": [...]}. Each flow gets its own result or its own problem; the batch is capped.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
      schema = @Schema(implementation = BatchRequest.class),
      examples = @ExampleObject(name = "one good flow, one broken", value = ApiExamples.BATCH)))
  @ApiResponse(responseCode = "200", description = "one result or problem per flow")
  @ApiResponse(responseCode = "400", description = "malformed body or unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "no flows, or more than the cap",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/evaluations/batch", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  BatchResponse batch(
      @RequestBody JsonNode body,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    // the same answers as the single route for a body that is not a flow list at all
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "missing_body",
          org.demarc.app.Messages.of(org.demarc.app.ErrorCode.MISSING_BODY).in(Language.current()), List.of());
    }
    if (!body.isObject()) {
      String detail = org.demarc.app.Messages.of(org.demarc.app.ErrorCode.INVALID_VALUE).in(Language.current());
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_value", detail,
          List.of(new ApiProblem.FieldError("", "invalid_value", detail)));
    }
    JsonNode flows = body.get("flows");
    for (Iterator<String> names = body.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!"flows".equals(name)) {
        String detail = org.demarc.app.Messages.text("field.unknown", "field", name).in(Language.current());
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "unknown_field", detail,
            List.of(new ApiProblem.FieldError("/" + name, "unknown_field", detail)));
      }
    }
    if (flows == null || !flows.isArray() || flows.isEmpty()) {
      String detail = org.demarc.app.Messages.of(org.demarc.app.ErrorCode.EMPTY_BATCH).in(Language.current());
      throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "empty_batch", detail,
          List.of(new ApiProblem.FieldError("/flows", "required", detail)));
    }
    try {
      properties.limits().requireBatch(flows.size(), "/flows");
    } catch (org.demarc.app.InputProblem p) {
      throw ApiProblem.of(p);
    }
    List<BatchItem> items = new ArrayList<>(flows.size());
    for (int i = 0; i < flows.size(); i++) {
      String prefix = "/flows/" + i;
      try {
        DataFlow flow = mapper.treeToValue(flows.get(i), DataFlow.class);
        items.add(new BatchItem(i, evaluations.evaluate(flow, e, prefix, org.demarc.app.DecisionIds.next()), null));
      } catch (JacksonException ex) {
        items.add(new BatchItem(i, null,
            ProblemAdvice.problem(BodyErrors.translate(ex, mapper, flows.get(i), DataFlow.class, prefix))));
      } catch (ApiProblem ex) {
        items.add(new BatchItem(i, null, ProblemAdvice.problem(ex)));
      }
    }
    return new BatchResponse(RequestLog.decisionId(), evaluations.provenance(e), items);
  }

  /**
   * The result of validating a flow.
   *
   * @param valid whether it can be evaluated
   * @param errors what is wrong, each with a JSON pointer
   */
  record ValidationResponse(boolean valid, List<ApiProblem.FieldError> errors) {}

  @Operation(summary = "Validate a flow without evaluating it",
      description = "Checks the body, references between parties, ids and size limits. Facts left out are not errors: "
          + "evaluation reports them as insufficient information.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
      schema = @Schema(implementation = DataFlow.class)))
  @ApiResponse(responseCode = "200", description = "valid, or the list of errors")
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/validations", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ValidationResponse validate(@RequestBody DataFlow flow) {
    List<ApiProblem.FieldError> errors = evaluations.check(flow, "");
    return new ValidationResponse(errors.isEmpty(), errors);
  }
}

package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
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

/** What changes for a flow between two editions. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "comparisons", description = "compare a flow's evaluation between two editions")
class ComparisonController {
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final DecisionMetrics metrics;
  private final Decisions decisions;

  ComparisonController(DemarcEngine engine, DemarcProperties properties, DecisionMetrics metrics,
      Decisions decisions) {
    this.metrics = metrics;
    this.decisions = decisions;
    this.engine = engine;
    this.properties = properties;
  }

  /**
   * A comparison with its decision id.
   *
   * @param decisionId unique id of this decision
   * @param comparison what changes between the editions, each side with its own citations and provenance
   */
  record ComparisonResponse(String decisionId, EditionComparison comparison) {}

  @Operation(summary = "Compare a flow between two editions",
      description = "Evaluates the flow under both editions and returns the verdict change, the findings added, removed "
          + "or changed (matched by stable ids built from rule, segment and party) and the responsibilities moved.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = "application/yaml", schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "200", description = "the comparison (as a report people read: POST /api/v1/comparisons/report)")
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid flow",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/comparisons", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
  ComparisonResponse compare(
      @RequestBody DataFlow flow,
      @Parameter(description = "first edition; default: the oldest", example = "E2007_V2")
      @RequestParam(required = false) String from,
      @Parameter(description = "second edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String to) {
    Edition a = Flows.from(from, properties);
    Edition b = Flows.to(to, properties);
    var limits = Flows.limits(flow, properties, "");
    if (!limits.isEmpty()) {
      throw Flows.invalidFields(limits);
    }
    try {
      String id = RequestLog.decisionId();
      ComparisonResponse answer = new ComparisonResponse(id, metrics.record("comparison", a + ".." + b,
          () -> engine.compare(flow, a, b), c -> c.fromVerdict() + ".." + c.toVerdict()));
      decisions.adHoc("POST /api/v1/comparisons", flow, answer, DecisionWriter.Summary.of(id, answer.comparison()));
      return answer;
    } catch (InvalidFlowException e) {
      throw Flows.invalid(e.violations(), "");
    }
  }
  @Operation(summary = "Compare a flow between two editions as a report people read",
      description = "The same comparison as one self-contained HTML file (Accept: text/html, the default) or Markdown "
          + "(Accept: text/markdown): the verdict change, findings and responsibilities added, removed or changed, and "
          + "the flow's diagram and controls under the second edition. The decision id is in the Demarc-Decision-Id "
          + "header.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = "application/yaml", schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "200", description = "the report", content = {
      @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
      @Content(mediaType = ReportResponses.MARKDOWN, schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid flow",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/comparisons/report", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"},
      produces = {MediaType.TEXT_HTML_VALUE, ReportResponses.MARKDOWN})
  ResponseEntity<String> comparisonReport(
      @RequestBody DataFlow flow,
      @Parameter(description = "first edition; default: the oldest", example = "E2007_V2")
      @RequestParam(required = false) String from,
      @Parameter(description = "second edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String to,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    ComparisonResponse r = compare(flow, from, to);
    return ReportResponses.respond(Report.comparison(flow, r.comparison(),
        engine.changes(r.comparison().from(), r.comparison().to()), Language.current()), accept, r.decisionId());
  }

}

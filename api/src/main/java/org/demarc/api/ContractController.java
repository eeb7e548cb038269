package org.demarc.api;

import org.demarc.app.ContractCheckRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ContractCheck;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contract checks for procurement. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "contracts", description = "check contracts against a flow's obligations or a contract against its checklist")
class ContractController {
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final DecisionMetrics metrics;
  private final Decisions decisions;

  ContractController(DemarcEngine engine, DemarcProperties properties, DecisionMetrics metrics,
      Decisions decisions) {
    this.metrics = metrics;
    this.decisions = decisions;
    this.engine = engine;
    this.properties = properties;
  }


  /**
   * A contract check with its decision id.
   *
   * @param decisionId unique id of this decision
   * @param check the checklist, its verdict and provenance
   */
  record ContractCheckResponse(String decisionId, ContractCheck check) {}

  @Operation(summary = "Check a flow's contracts",
      description = "Every obligation the flow's evaluation says a contract must settle is matched to a clause: covered, "
          + "partial (some segments or threats), bound to the wrong party, missing, or without any contract with that party. "
          + "The response also carries the flow evaluated with the covered clauses counted as in place.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
      schema = @Schema(implementation = ContractCheckRequest.class),
      examples = @ExampleObject(name = "carrier contract without availability terms", value = ApiExamples.CONTRACT_CHECK)))
  @ApiResponse(responseCode = "200", description = "the checklist")
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid flow or contract",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/contract-checks", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
  ContractCheckResponse check(
      @RequestBody ContractCheckRequest request,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    if (request.flow() == null) {
      throw Flows.invalid(request.missingFlow(), "");
    }
    var limits = Flows.limits(request.flow(), properties, "/flow");
    if (!limits.isEmpty()) {
      throw Flows.invalidFields(limits);
    }
    try {
      String id = RequestLog.decisionId();
      ContractCheckResponse answer = new ContractCheckResponse(id, metrics.record("contract-check", e.name(),
          () -> engine.checkContracts(request.flow(), request.contracts(), e), c -> c.verdict().name()));
      decisions.adHoc("POST /api/v1/contract-checks", request, answer, DecisionWriter.Summary.of(id, answer.check()));
      return answer;
    } catch (InvalidFlowException ex) {
      throw Flows.invalid(ContractCheckRequest.rerooted(ex.violations()), "");
    }
  }

  @Operation(summary = "Review one contract on its own",
      description = "Checks a contract against the checklist for its kind (CC-xx), before any flow exists.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
      schema = @Schema(implementation = Contract.class),
      examples = @ExampleObject(name = "maintenance contract without access restrictions", value = ApiExamples.CONTRACT)))
  @ApiResponse(responseCode = "200", description = "the checklist")
  @ApiResponse(responseCode = "400", description = "malformed body, unknown field or value, unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "structurally invalid contract",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/contract-reviews", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
  ContractCheckResponse review(
      @RequestBody Contract contract,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    try {
      return new ContractCheckResponse(RequestLog.decisionId(), metrics.record("contract-review", e.name(),
          () -> engine.reviewContract(contract, e), c -> c.verdict().name()));
    } catch (InvalidFlowException ex) {
      throw Flows.invalid(ContractCheckRequest.ofOneContract(ex.violations()), "");
    }
  }
}

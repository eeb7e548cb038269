package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.Contract;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.Verdict;
import org.demarc.registry.ContractRegistry;
import org.demarc.registry.DocumentRegistry;
import org.demarc.registry.FlowRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow registry: flows kept by id with every version, revised with {@code If-Match} (optimistic concurrency),
 * evaluated as stored with each decision recorded.
 */
@RestController
@RequestMapping(path = "/api/v1/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "registry", description = "flows kept with their versions; every decision recorded")
class FlowRegistryController {
  private static final String YAML = Documents.YAML;
  private static final String PROBLEM = "application/problem+json";
  private final FlowRegistry registry;
  private final Documents.Endpoint endpoint;
  private final ContractRegistry contracts;
  private final Evaluations evaluations;
  private final Decisions decisions;
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final DecisionMetrics metrics;
  private final JsonMapper json;

  FlowRegistryController(FlowRegistry registry, ContractRegistry contracts, Evaluations evaluations,
      Decisions decisions, DemarcEngine engine, DemarcProperties properties, DecisionMetrics metrics, JsonMapper json) {
    this.registry = registry;
    this.endpoint = new Documents.Endpoint(registry, ErrorCode.FLOW_NOT_FOUND, Documents.Summary::flow);
    this.contracts = contracts;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.engine = engine;
    this.properties = properties;
    this.metrics = metrics;
    this.json = json;
  }

  /**
   * A page of flows.
   *
   * @param flows the flows, in id order
   * @param next the cursor for the next page ({@code after=}), absent on the last page
   */
  record FlowPage(List<Documents.Summary> flows, String next) {}

  @Operation(summary = "Store a flow",
      description = "Keeps the flow as sent (JSON or YAML) under its `id`, at version 1, after checking that it can "
          + "be evaluated. The ETag is the version; revise it with PUT and If-Match.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "201", description = "stored", headers = {
      @Header(name = "Location", description = "the flow's URL", schema = @Schema(type = "string")),
      @Header(name = "ETag", description = "the version", schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "409", description = "a flow with this id exists (flow_exists)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<Documents.Summary> create(@RequestBody String body,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    String mediaType = Documents.mediaType(contentType);
    DataFlow flow = Documents.read(body, mediaType, DataFlow.class, json);
    if (flow.id() == null || flow.id().isBlank()) {
      throw Documents.required("id");
    }
    check(flow);
    try {
      return Documents.created("/api/v1/flows",
          Documents.Summary.flow(registry.create(Tenants.current(), flow.id(), mediaType, body, parties(flow))));
    } catch (DocumentRegistry.AlreadyExists e) {
      throw Documents.problem(HttpStatus.CONFLICT, ErrorCode.FLOW_EXISTS, "id", flow.id());
    }
  }

  @Operation(summary = "Read a stored flow", description = "The flow as it was sent (its media type), with its "
      + "version as the ETag.")
  @ApiResponse(responseCode = "200", description = "the flow", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<String> get(@PathVariable String id) {
    return Documents.content(stored(id));
  }

  @Operation(summary = "List stored flows", description = "In id order, a page at a time (`after` = the previous "
      + "page's `next`); filtered by the verdict and edition of each flow's last recorded evaluation and by a party "
      + "the flow names.")
  @GetMapping
  FlowPage list(@RequestParam(defaultValue = "false") boolean archived,
      @Parameter(description = "the verdict of the flow's last recorded evaluation", example = "NON_COMPLIANT")
      @RequestParam(required = false) Verdict verdict,
      @Parameter(description = "the edition of the flow's last recorded evaluation", example = "E2008_V3")
      @RequestParam(required = false) String edition,
      @Parameter(description = "a party id the flow names") @RequestParam(required = false) String party,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    String e = edition == null ? null : Flows.edition(edition, properties, HttpStatus.BAD_REQUEST).name();
    DocumentRegistry.Page page = registry.list(Tenants.current(), new DocumentRegistry.Filter(archived,
        verdict == null ? null : verdict.name(), e, party), after, Documents.limit(limit));
    return new FlowPage(page.items().stream().map(Documents.Summary::flow).toList(), page.next());
  }

  @Operation(summary = "Revise a stored flow",
      description = "Stores a new version if If-Match names the current one: 428 without If-Match, 412 when the flow "
          + "has moved on since (someone else revised it).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "200", description = "revised", headers = @Header(name = "ETag",
      description = "the new version", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version (version_conflict)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "428", description = "no If-Match (precondition_required)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PutMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<Documents.Summary> update(@PathVariable String id, @RequestBody String body,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(description = "the version last read (its ETag)")
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long expected = Documents.ifMatch(ifMatch, id);
    String mediaType = Documents.mediaType(contentType);
    DataFlow flow = Documents.read(body, mediaType, DataFlow.class, json);
    if (!id.equals(flow.id())) {
      throw Documents.idMismatch(id);
    }
    check(flow);
    return endpoint.revise(id, expected, mediaType, body, parties(flow));
  }

  @Operation(summary = "Archive a stored flow", description = "It stays readable with its versions; If-Match, when "
      + "given, must name the current version.")
  @ApiResponse(responseCode = "200", description = "archived")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version (version_conflict)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @DeleteMapping(path = "/{id}")
  Documents.Summary archive(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return endpoint.archive(id, ifMatch);
  }

  @Operation(summary = "The versions of a stored flow", description = "Oldest first.")
  @ApiResponse(responseCode = "200", description = "the versions")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/versions")
  List<Documents.VersionSummary> versions(@PathVariable String id) {
    return endpoint.versions(id);
  }

  @Operation(summary = "Read one version of a stored flow", description = "As it was sent.")
  @ApiResponse(responseCode = "200", description = "the version", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "404", description = "no such flow or version (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/versions/{version}", produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<String> version(@PathVariable String id, @PathVariable long version) {
    DocumentRegistry.Version v = registry.version(Tenants.current(), id, version).orElseThrow(() -> notFound(id));
    return ResponseEntity.ok().eTag(Documents.etag(v.version())).contentType(MediaType.parseMediaType(v.mediaType()))
        .body(v.content());
  }

  @Operation(summary = "The contracts linked to a stored flow", description = "Stored contracts (not archived) whose "
      + "`flows` name this flow, in id order.")
  @ApiResponse(responseCode = "200", description = "the contracts")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/contracts")
  List<Documents.Summary> contracts(@PathVariable String id) {
    stored(id);
    return contracts.covering(Tenants.current(), id).stream().map(Documents.Summary::contract).toList();
  }

  @Operation(summary = "Evaluate a stored flow", description = "Evaluates the flow's current version and records the "
      + "decision (GET /api/v1/decisions/{decisionId}).")
  @ApiResponse(responseCode = "200", description = "the evaluation")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/{id}/evaluations")
  EvaluationResponse evaluate(@PathVariable String id,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    DocumentRegistry.Stored f = stored(id);
    DataFlow flow = Documents.read(f.content(), f.mediaType(), DataFlow.class, json);
    EvaluationResponse answer = evaluations.evaluate(flow, e, "");
    decisions.record("POST /api/v1/flows/{id}/evaluations", id, f.version(), f.content(), answer,
        DecisionWriter.Summary.of(answer));
    registry.noteDecision(Tenants.current(), id, answer.result().verdict().name(), e.name());
    return answer;
  }

  @Operation(summary = "Check a stored flow against its linked contracts",
      description = "The contract check of POST /api/v1/contract-checks, with the flow's current version and the "
          + "stored contracts linked to it; the decision is recorded.")
  @ApiResponse(responseCode = "200", description = "the checklist")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "422", description = "a linked contract no longer fits the flow (invalid_contract)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/{id}/contract-checks")
  ContractController.ContractCheckResponse checkContracts(@PathVariable String id,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    DocumentRegistry.Stored f = stored(id);
    DataFlow flow = Documents.read(f.content(), f.mediaType(), DataFlow.class, json);
    List<DocumentRegistry.Stored> linked = contracts.covering(Tenants.current(), id);
    List<Contract> list = linked.stream().map(c -> Documents.read(c.content(), c.mediaType(), Contract.class, json))
        .toList();
    String decisionId = RequestLog.decisionId();
    try {
      ContractCheck check = metrics.record("contract-check", e.name(), () -> engine.checkContracts(flow, list, e),
          c -> c.verdict().name());
      ContractController.ContractCheckResponse answer = new ContractController.ContractCheckResponse(decisionId, check);
      java.util.Map<String, Object> input = new java.util.LinkedHashMap<>();
      input.put("flow", flow);
      input.put("contracts", list);
      decisions.record("POST /api/v1/flows/{id}/contract-checks", id, f.version(), input, answer,
          DecisionWriter.Summary.of(decisionId, check));
      return answer;
    } catch (InvalidFlowException ex) {
      List<org.demarc.model.result.Violation> named = ex.violations().stream().map(v -> {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/contracts/(\\d+)(.*)$").matcher(v.pointer());
        return m.matches() ? new org.demarc.model.result.Violation("/contracts/"
            + linked.get(Integer.parseInt(m.group(1))).id() + m.group(2), v.code(), v.message()) : v;
      }).toList();
      throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.INVALID_CONTRACT.code(),
          Messages.of(ErrorCode.INVALID_CONTRACT, "count", named.size()).in(Language.current()),
          Flows.errors(named, ""));
    }
  }

  private DocumentRegistry.Stored stored(String id) {
    return endpoint.stored(id);
  }

  private static List<String> parties(DataFlow flow) {
    return flow.parties() == null ? List.of()
        : flow.parties().stream().filter(p -> p != null && p.id() != null).map(p -> p.id()).toList();
  }

  private void check(DataFlow flow) {
    List<ApiProblem.FieldError> errors = evaluations.check(flow, "");
    if (!errors.isEmpty()) {
      throw Flows.invalidFields(errors);
    }
  }

  private ApiProblem notFound(String id) {
    return endpoint.notFound(id);
  }
}

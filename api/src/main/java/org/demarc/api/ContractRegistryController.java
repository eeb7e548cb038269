package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.demarc.app.ContractCheckRequest;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.Contract;
import org.demarc.model.result.Violation;
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
 * The contract registry: contracts kept by id with every version, revised with {@code If-Match}, each linked to the
 * stored flows it covers (its {@code flows}); a flow is checked against its linked contracts with
 * {@code POST /api/v1/flows/{id}/contract-checks}.
 */
@RestController
@RequestMapping(path = "/api/v1/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "registry", description = "flows kept with their versions; every decision recorded")
class ContractRegistryController {
  private static final String YAML = Documents.YAML;
  private static final String PROBLEM = "application/problem+json";
  private final ContractRegistry registry;
  private final Documents.Endpoint endpoint;
  private final FlowRegistry flows;
  private final DemarcEngine engine;
  private final JsonMapper json;

  ContractRegistryController(ContractRegistry registry, FlowRegistry flows, DemarcEngine engine, JsonMapper json) {
    this.registry = registry;
    this.endpoint = new Documents.Endpoint(registry, ErrorCode.CONTRACT_NOT_FOUND, Documents.Summary::contract);
    this.flows = flows;
    this.engine = engine;
    this.json = json;
  }

  /**
   * A page of contracts.
   *
   * @param contracts the contracts, in id order
   * @param next the cursor for the next page ({@code after=}), absent on the last page
   */
  record ContractPage(List<Documents.Summary> contracts, String next) {}

  @Operation(summary = "Store a contract",
      description = "Keeps the contract as sent (JSON or YAML) under its `id`, at version 1, linked to the stored "
          + "flows its `flows` name (each must be stored). The ETag is the version; revise it with PUT and If-Match.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Contract.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = Contract.class))})
  @ApiResponse(responseCode = "201", description = "stored", headers = {
      @Header(name = "Location", description = "the contract's URL", schema = @Schema(type = "string")),
      @Header(name = "ETag", description = "the version", schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "409", description = "a contract with this id exists (contract_exists)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "422", description = "structurally invalid contract, or it names a flow that is not "
      + "stored (invalid_contract)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<Documents.Summary> create(@RequestBody String body,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    String mediaType = Documents.mediaType(contentType);
    Contract contract = Documents.read(body, mediaType, Contract.class, json);
    if (contract.id() == null || contract.id().isBlank()) {
      throw Documents.required("id");
    }
    check(contract);
    try {
      return Documents.created("/api/v1/contracts",
          Documents.Summary.contract(registry.create(Tenants.current(), contract.id(), mediaType, body, contract.flowIds())));
    } catch (DocumentRegistry.AlreadyExists e) {
      throw Documents.problem(HttpStatus.CONFLICT, ErrorCode.CONTRACT_EXISTS, "id", contract.id());
    }
  }

  @Operation(summary = "Read a stored contract", description = "The contract as it was sent (its media type), with "
      + "its version as the ETag.")
  @ApiResponse(responseCode = "200", description = "the contract", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Contract.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = Contract.class))})
  @ApiResponse(responseCode = "404", description = "no such contract (contract_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<String> get(@PathVariable String id) {
    return Documents.content(stored(id));
  }

  @Operation(summary = "List stored contracts", description = "In id order, a page at a time (`after` = the previous "
      + "page's `next`); `flow` keeps those that cover a stored flow.")
  @GetMapping
  ContractPage list(@RequestParam(defaultValue = "false") boolean archived,
      @Parameter(description = "a stored flow the contract covers") @RequestParam(required = false) String flow,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    DocumentRegistry.Page page = registry.list(Tenants.current(), new DocumentRegistry.Filter(archived, null, null, flow), after,
        Documents.limit(limit));
    return new ContractPage(page.items().stream().map(Documents.Summary::contract).toList(), page.next());
  }

  @Operation(summary = "Revise a stored contract",
      description = "Stores a new version (and its links) if If-Match names the current one: 428 without If-Match, "
          + "412 when the contract has moved on since.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Contract.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = Contract.class))})
  @ApiResponse(responseCode = "200", description = "revised", headers = @Header(name = "ETag",
      description = "the new version", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "404", description = "no such contract (contract_not_found)",
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
    Contract contract = Documents.read(body, mediaType, Contract.class, json);
    if (!id.equals(contract.id())) {
      throw Documents.idMismatch(id);
    }
    check(contract);
    return endpoint.revise(id, expected, mediaType, body, contract.flowIds());
  }

  @Operation(summary = "Archive a stored contract", description = "It stays readable with its versions and no longer "
      + "counts in contract checks; If-Match, when given, must name the current version.")
  @ApiResponse(responseCode = "200", description = "archived")
  @ApiResponse(responseCode = "404", description = "no such contract (contract_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version (version_conflict)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @DeleteMapping(path = "/{id}")
  Documents.Summary archive(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return endpoint.archive(id, ifMatch);
  }

  @Operation(summary = "The versions of a stored contract", description = "Oldest first.")
  @ApiResponse(responseCode = "200", description = "the versions")
  @ApiResponse(responseCode = "404", description = "no such contract (contract_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/versions")
  List<Documents.VersionSummary> versions(@PathVariable String id) {
    return endpoint.versions(id);
  }

  /** Structure (as a contract review checks it) and links: each flow it covers must be stored. */
  private void check(Contract contract) {
    List<Violation> errors = new ArrayList<>(ContractCheckRequest.ofOneContract(
        engine.validate(null, List.of(contract))));
    List<String> linked = contract.flowIds();
    for (int i = 0; i < linked.size(); i++) {
      String flow = linked.get(i);
      if (flow == null || flows.get(Tenants.current(), flow).isEmpty()) {
        errors.add(new Violation("/flows/" + i, "unknown_flow", Messages.text("field.unknown_flow", "id", flow)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.INVALID_CONTRACT.code(),
          Messages.of(ErrorCode.INVALID_CONTRACT, "count", errors.size()).in(Language.current()),
          Flows.errors(errors, ""));
    }
  }

  private DocumentRegistry.Stored stored(String id) {
    return endpoint.stored(id);
  }
}

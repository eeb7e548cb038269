package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The flow registry: flows kept by id with every version, revised with {@code If-Match} (optimistic concurrency),
 * evaluated as stored with each decision recorded.
 */
@RestController
@RequestMapping(path = "/api/v1/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "registry", description = "flows kept with their versions; every decision recorded")
class FlowRegistryController {
  private static final String YAML = "application/yaml";
  private final FlowRegistry registry;
  private final Evaluations evaluations;
  private final Decisions decisions;
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final JsonMapper json;
  private final YAMLMapper yaml = org.demarc.codec.Codec.strictYaml();

  FlowRegistryController(FlowRegistry registry, Evaluations evaluations, Decisions decisions, DemarcEngine engine,
      DemarcProperties properties, JsonMapper json) {
    this.registry = registry;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.engine = engine;
    this.properties = properties;
    this.json = json;
  }

  /**
   * A stored flow's metadata.
   *
   * @param id the flow's id
   * @param version its current version (the ETag)
   * @param archived whether it is archived
   * @param mediaType the media type it was sent in
   * @param createdAt when it was first stored
   * @param updatedAt when it last changed
   */
  record FlowSummary(String id, long version, boolean archived, String mediaType, Instant createdAt,
      Instant updatedAt) {
    static FlowSummary of(FlowRegistry.StoredFlow f) {
      return new FlowSummary(f.id(), f.version(), f.archived(), f.mediaType(), f.createdAt(), f.updatedAt());
    }
  }

  /**
   * A page of flows.
   *
   * @param flows the flows, in id order
   * @param next the cursor for the next page ({@code after=}), absent on the last page
   */
  record FlowPage(List<FlowSummary> flows, String next) {}

  /**
   * One version of a flow.
   *
   * @param version the version
   * @param mediaType the media type it was sent in
   * @param createdAt when it was stored
   */
  record VersionSummary(long version, String mediaType, Instant createdAt) {}

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
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<FlowSummary> create(@RequestBody String body,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    String mediaType = mediaType(contentType);
    DataFlow flow = read(body, mediaType);
    if (flow.id() == null || flow.id().isBlank()) {
      throw Flows.invalid(List.of(new org.demarc.model.result.Violation("/id", "required",
          Messages.text("field.required", "field", "id"))), "");
    }
    check(flow);
    try {
      FlowRegistry.StoredFlow stored = registry.create(flow.id(), mediaType, body);
      return ResponseEntity.created(URI.create("/api/v1/flows/" + encode(flow.id())))
          .eTag(etag(stored.version())).body(FlowSummary.of(stored));
    } catch (FlowRegistry.AlreadyExists e) {
      throw problem(HttpStatus.CONFLICT, ErrorCode.FLOW_EXISTS, "id", flow.id());
    }
  }

  @Operation(summary = "Read a stored flow", description = "The flow as it was sent (its media type), with its "
      + "version as the ETag.")
  @ApiResponse(responseCode = "200", description = "the flow", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DataFlow.class)),
      @Content(mediaType = YAML, schema = @Schema(implementation = DataFlow.class))})
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<String> get(@PathVariable String id) {
    FlowRegistry.StoredFlow f = registry.get(id).orElseThrow(() -> notFound(id));
    return ResponseEntity.ok().eTag(etag(f.version())).contentType(MediaType.parseMediaType(f.mediaType()))
        .body(f.content());
  }

  @Operation(summary = "List stored flows", description = "In id order, a page at a time (`after` = the previous "
      + "page's `next`).")
  @GetMapping
  FlowPage list(@RequestParam(defaultValue = "false") boolean archived,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    FlowRegistry.Page page = registry.list(archived, after, Math.max(1, Math.min(500, limit)));
    return new FlowPage(page.flows().stream().map(FlowSummary::of).toList(), page.next());
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
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version (version_conflict)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "428", description = "no If-Match (precondition_required)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @PutMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML})
  ResponseEntity<FlowSummary> update(@PathVariable String id, @RequestBody String body,
      @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(description = "the version last read (its ETag)")
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long expected = version(ifMatch);
    String mediaType = mediaType(contentType);
    DataFlow flow = read(body, mediaType);
    if (!id.equals(flow.id())) {
      throw Flows.invalid(List.of(new org.demarc.model.result.Violation("/id", "id_mismatch",
          Messages.text("field.id_mismatch", "id", id))), "");
    }
    check(flow);
    try {
      FlowRegistry.StoredFlow stored = registry.update(id, expected, mediaType, body);
      return ResponseEntity.ok().eTag(etag(stored.version())).body(FlowSummary.of(stored));
    } catch (NoSuchElementException e) {
      throw notFound(id);
    } catch (FlowRegistry.VersionConflict e) {
      throw problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "id", id, "version", e.current());
    }
  }

  @Operation(summary = "Archive a stored flow", description = "It stays readable with its versions; If-Match, when "
      + "given, must name the current version.")
  @ApiResponse(responseCode = "200", description = "archived")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version (version_conflict)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @DeleteMapping(path = "/{id}")
  FlowSummary archive(@PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    FlowRegistry.StoredFlow current = registry.get(id).orElseThrow(() -> notFound(id));
    long expected = ifMatch == null ? current.version() : version(ifMatch);
    try {
      return FlowSummary.of(registry.archive(id, expected));
    } catch (FlowRegistry.VersionConflict e) {
      throw problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "id", id, "version", e.current());
    }
  }

  @Operation(summary = "The versions of a stored flow", description = "Oldest first.")
  @ApiResponse(responseCode = "200", description = "the versions")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/versions")
  List<VersionSummary> versions(@PathVariable String id) {
    List<FlowRegistry.FlowVersion> all = registry.versions(id);
    if (all.isEmpty()) {
      throw notFound(id);
    }
    return all.stream().map(v -> new VersionSummary(v.version(), v.mediaType(), v.createdAt())).toList();
  }

  @Operation(summary = "Evaluate a stored flow", description = "Evaluates the flow's current version and records the "
      + "decision (GET /api/v1/decisions/{decisionId}).")
  @ApiResponse(responseCode = "200", description = "the evaluation")
  @ApiResponse(responseCode = "404", description = "no such flow (flow_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/{id}/evaluations")
  EvaluationResponse evaluate(@PathVariable String id,
      @Parameter(description = "guideline edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.BAD_REQUEST);
    FlowRegistry.StoredFlow f = registry.get(id).orElseThrow(() -> notFound(id));
    DataFlow flow = read(f.content(), f.mediaType());
    EvaluationResponse answer = evaluations.evaluate(flow, e, "");
    decisions.record("POST /api/v1/flows/{id}/evaluations", id, f.version(), f.content(), answer);
    return answer;
  }

  private void check(DataFlow flow) {
    List<ApiProblem.FieldError> errors = evaluations.check(flow, "");
    if (!errors.isEmpty()) {
      throw Flows.invalidFields(errors);
    }
  }

  private DataFlow read(String body, String mediaType) {
    try {
      return YAML.equals(mediaType) ? yaml.readValue(body, DataFlow.class) : json.readValue(body, DataFlow.class);
    } catch (JacksonException e) {
      throw BodyErrors.translate(e, "");
    }
  }

  private static String mediaType(String contentType) {
    MediaType t = MediaType.parseMediaType(contentType);
    return MediaType.parseMediaType(YAML).isCompatibleWith(t) ? YAML : MediaType.APPLICATION_JSON_VALUE;
  }

  private static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version If-Match names: 428 without one, 412 when it is not a version. */
  private static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw problem(HttpStatus.PRECONDITION_REQUIRED, ErrorCode.PRECONDITION_REQUIRED);
    }
    try {
      return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.VERSION_CONFLICT, "id", "-", "version", "-");
    }
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ApiProblem notFound(String id) {
    return problem(HttpStatus.NOT_FOUND, ErrorCode.FLOW_NOT_FOUND, "id", id);
  }

  private static ApiProblem problem(HttpStatus status, ErrorCode code, Object... args) {
    return new ApiProblem(status, code.code(), Messages.of(code, args).in(Language.current()), List.of());
  }
}

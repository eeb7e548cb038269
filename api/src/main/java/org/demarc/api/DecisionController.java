package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.registry.DecisionLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The decision log, read only: no route updates or deletes a decision. */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "registry", description = "flows kept with their versions; every decision recorded")
class DecisionController {
  private final DecisionLog log;
  private final DecisionWriter writer;
  private final JsonMapper mapper;

  DecisionController(DecisionLog log, DecisionWriter writer, JsonMapper mapper) {
    this.log = log;
    this.writer = writer;
    this.mapper = mapper;
  }

  /**
   * A recorded decision.
   *
   * @param id the decision id its answer carried
   * @param recordedAt when it was decided
   * @param route the route that decided it
   * @param flowId the stored flow, for a decision about one
   * @param flowVersion its version
   * @param edition the edition
   * @param ruleSetHash the rule set's content hash
   * @param engineVersion the engine's version
   * @param verdict the verdict
   * @param findingIds the findings' ids
   * @param input the input as received
   * @param result the answer as sent
   */
  record DecisionView(String id, Instant recordedAt, String route, String flowId, Long flowVersion, String edition,
      String ruleSetHash, String engineVersion, String verdict, List<String> findingIds,
      @Schema(description = "the input as received (JSON, or YAML text)") Object input,
      @Schema(description = "the answer as sent") Object result) {}

  /**
   * A page of decisions.
   *
   * @param decisions newest first, without input and answer (read one for those)
   * @param next the cursor for the next page ({@code after=}), absent on the last page
   */
  record DecisionPage(List<DecisionView> decisions, String next) {}

  @Operation(summary = "Read a recorded decision", description = "With its input and its full answer.")
  @ApiResponse(responseCode = "200", description = "the decision")
  @ApiResponse(responseCode = "404", description = "no such decision (decision_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}")
  DecisionView get(@PathVariable String id) {
    // the writer's in-flight decisions first: one leaves them only after it is committed, so no read falls between
    DecisionLog.Decision d = writer.find(id).or(() -> log.get(id)).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        ErrorCode.DECISION_NOT_FOUND.code(), Messages.of(ErrorCode.DECISION_NOT_FOUND, "id", id)
        .in(Language.current()), List.of()));
    return view(d, true);
  }

  @Operation(summary = "List recorded decisions", description = "Newest first, filtered by flow, verdict and time "
      + "(`from` inclusive, `to` exclusive, ISO-8601), a page at a time (`after` = the previous page's `next`).")
  @GetMapping
  DecisionPage list(@RequestParam(required = false) String flowId, @RequestParam(required = false) String verdict,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    DecisionLog.Page page = log.list(flowId, verdict, from, to, after, Math.max(1, Math.min(500, limit)));
    return new DecisionPage(page.decisions().stream().map(d -> view(d, false)).toList(), page.next());
  }

  private DecisionView view(DecisionLog.Decision d, boolean full) {
    return new DecisionView(d.id(), d.recordedAt(), d.route(), d.flowId(), d.flowVersion(), d.edition(),
        d.ruleSetHash(), d.engineVersion(), d.verdict(), d.findingIds(), full ? json(d.input()) : null,
        full ? json(d.result()) : null);
  }

  /** JSON text as a tree; other text (a YAML body) as a string. */
  private Object json(String text) {
    try {
      return mapper.readTree(text);
    } catch (RuntimeException e) {
      return text;
    }
  }
}

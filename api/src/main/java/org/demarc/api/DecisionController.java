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
  /** A pseudonym the masking wrote ({@link Masking}). */
  private static final java.util.regex.Pattern MASKED = java.util.regex.Pattern.compile("masked-[0-9a-f]{12}");
  private final DecisionLog log;
  private final DecisionWriter writer;
  private final JsonMapper mapper;
  private final Evaluations evaluations;
  private final tools.jackson.dataformat.yaml.YAMLMapper yaml = org.demarc.codec.Codec.strictYaml();

  DecisionController(DecisionLog log, DecisionWriter writer, JsonMapper mapper, Evaluations evaluations) {
    this.log = log;
    this.writer = writer;
    this.mapper = mapper;
    this.evaluations = evaluations;
  }

  /**
   * A recorded evaluation replayed under the current rule set.
   *
   * @param decisionId this request's decision id
   * @param replayOf the recorded decision
   * @param recordedAt when it was recorded
   * @param recordedRuleSetHash the rule set it was decided under
   * @param currentRuleSetHash the rule set it was replayed under
   * @param recordedEngineVersion the engine it was decided by
   * @param currentEngineVersion the engine it was replayed by
   * @param same whether the answer is unchanged
   * @param inputMasked whether the recorded input was masked: it replays with its pseudonyms, which keep its
   *     structure, and texts (which quote names) are not compared
   * @param comparison the difference, shaped as an edition comparison (recorded → now)
   */
  record ReplayResponse(String decisionId, String replayOf, Instant recordedAt, String recordedRuleSetHash,
      String currentRuleSetHash, String recordedEngineVersion, String currentEngineVersion, boolean same,
      boolean inputMasked, Replays.Diff comparison) {}

  @Operation(summary = "Replay a recorded evaluation under the current rule set",
      description = "Evaluates the recorded input again, under the recorded edition and the rules now loaded, and "
          + "returns what differs from the recorded answer (the shape of an edition comparison). Only evaluations "
          + "can be replayed; a masked input replays with its pseudonyms, which keep its structure.")
  @ApiResponse(responseCode = "200", description = "the difference")
  @ApiResponse(responseCode = "404", description = "no such decision (decision_not_found)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "422", description = "not an evaluation, or its input can no longer be evaluated "
      + "(decision_not_replayable)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
  @org.springframework.web.bind.annotation.PostMapping(path = "/{id}/replay")
  ReplayResponse replay(@PathVariable String id) {
    DecisionLog.Decision d = find(id);
    if (!d.route().contains("/evaluations")) {
      throw notReplayable(id, "replay.not_evaluation");
    }
    org.demarc.model.DataFlow flow;
    org.demarc.model.Edition edition;
    try {
      flow = yaml.readValue(d.input(), org.demarc.model.DataFlow.class);
      edition = org.demarc.model.Edition.valueOf(d.edition());
    } catch (RuntimeException e) {
      throw notReplayable(id, "replay.unreadable");
    }
    EvaluationResponse now;
    try {
      now = evaluations.evaluate(flow, edition, "");
    } catch (ApiProblem e) {
      throw notReplayable(id, "replay.unreadable");
    }
    String language = d.language() == null ? "en" : d.language();
    tools.jackson.databind.JsonNode recorded = mapper.readTree(d.resultUtf8()).path("result");
    boolean masked = MASKED.matcher(d.input()).find();
    Replays.Diff diff = Replays.diff(recorded, writer.tree(now, language).path("result"), !masked);
    return new ReplayResponse(now.decisionId(), d.id(), d.recordedAt(), d.ruleSetHash(),
        now.provenance().contentHash(), d.engineVersion(), now.provenance().engineVersion(), diff.same(), masked,
        diff);
  }

  private static ApiProblem notReplayable(String id, String reason) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.DECISION_NOT_REPLAYABLE.code(),
        Messages.of(ErrorCode.DECISION_NOT_REPLAYABLE, "id", id, "reason",
            Messages.text(reason).in(Language.current())).in(Language.current()), List.of());
  }

  private DecisionLog.Decision find(String id) {
    return writer.find(Tenants.current(), id).or(() -> log.get(Tenants.current(), id)).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        ErrorCode.DECISION_NOT_FOUND.code(), Messages.of(ErrorCode.DECISION_NOT_FOUND, "id", id)
        .in(Language.current()), List.of()));
  }

  /**
   * A recorded decision.
   *
   * @param id the decision id its answer carried
   * @param recordedAt when it was decided
   * @param route the route that decided it
   * @param caller who asked: an API key id or a token subject
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
  record DecisionView(String id, Instant recordedAt, String route, String caller, String flowId, Long flowVersion, String edition,
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
    return view(find(id), true);
  }

  @Operation(summary = "List recorded decisions", description = "Newest first, filtered by flow, verdict and time "
      + "(`from` inclusive, `to` exclusive, ISO-8601), a page at a time (`after` = the previous page's `next`).")
  @GetMapping
  DecisionPage list(@RequestParam(required = false) String flowId, @RequestParam(required = false) String verdict,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    DecisionLog.Page page = log.list(Tenants.current(), flowId, verdict, from, to, after, Math.max(1, Math.min(500, limit)));
    return new DecisionPage(page.decisions().stream().map(d -> view(d, false)).toList(), page.next());
  }

  private DecisionView view(DecisionLog.Decision d, boolean full) {
    return new DecisionView(d.id(), d.recordedAt(), d.route(), d.caller(), d.flowId(), d.flowVersion(), d.edition(),
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

package org.demarc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.model.Edition;
import org.demarc.model.result.FlowImpact;
import org.demarc.registry.ImpactStore;
import org.demarc.report.ImpactCsv;
import org.demarc.report.ImpactSummary;
import org.demarc.report.Report;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Impact analyses: which stored flows, and which of their linked contracts, a change of edition affects. Started with
 * a POST (202), run in the background in chunks any instance may claim, read while they run (progress) and after (per
 * flow, as JSON, CSV or a report).
 */
@RestController
@RequestMapping(path = "/api/v1/impact-analyses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "impact", description = "which stored flows and contracts a change of edition affects")
class ImpactController {
  private static final String PROBLEM = "application/problem+json";
  private static final int REPORT_FLOWS = 500;
  private final ImpactJobs jobs;
  private final ImpactStore store;
  private final DemarcProperties properties;
  private final JsonMapper mapper;

  ImpactController(ImpactJobs jobs, ImpactStore store, DemarcProperties properties, JsonMapper mapper) {
    this.jobs = jobs;
    this.store = store;
    this.properties = properties;
    this.mapper = mapper;
  }

  /**
   * What to analyse.
   *
   * @param from the edition flows are evaluated under first (default: the oldest)
   * @param to the edition they are evaluated under second (default: the newest)
   * @param against {@code editions} (the default: every flow under {@code from} and {@code to}) or
   *     {@code last-decision} (each flow's last recorded evaluation against the rules now loaded)
   */
  record ImpactRequest(
      @Schema(description = "the edition flows are evaluated under first; default: the oldest", example = "E2007_V2")
      String from,
      @Schema(description = "the edition flows are evaluated under second; default: the newest", example = "E2008_V3")
      String to,
      @Schema(description = "editions (default): every stored flow under `from` and `to`, with its linked contracts; "
          + "last-decision: each stored flow's current version under the rules now loaded and the edition of its "
          + "last recorded evaluation, against the answer recorded then (without contracts)",
          allowableValues = {"editions", "last-decision"})
      String against) {}

  /**
   * Progress of an analysis.
   *
   * @param done flows analysed
   * @param total flows it covers
   * @param chunksDone chunks done
   * @param chunks chunks in all
   */
  record Progress(long done, long total, int chunksDone, int chunks) {}

  /**
   * Counts over the flows analysed so far.
   *
   * @param changed flows for which anything changes
   * @param verdictChanged flows whose verdict changes
   * @param contractsToAmend flows with a linked contract that needs amending
   * @param errors flows that could not be evaluated
   */
  record Counts(long changed, long verdictChanged, long contractsToAmend, long errors) {}

  /**
   * One flow's result.
   *
   * @param flowId the flow
   * @param flowVersion the version analysed
   * @param error why it could not be evaluated
   * @param impact what changes for it and its linked contracts
   */
  record FlowResult(String flowId, long flowVersion, String error,
      @Schema(implementation = FlowImpact.class) JsonNode impact) {}

  /**
   * An impact analysis.
   *
   * @param id its id
   * @param mode EDITIONS or LAST_DECISION
   * @param from the first edition (EDITIONS)
   * @param to the second edition (EDITIONS)
   * @param state RUNNING or DONE
   * @param progress flows and chunks done
   * @param counts what changes, over the flows done
   * @param createdAt when it started (flows stored later are not part of it)
   * @param finishedAt when it finished
   * @param flows a page of per-flow results (only those that change unless {@code all=true})
   * @param next the cursor for the next page ({@code after=}), absent on the last page
   */
  record ImpactView(String id, String mode, Edition from, Edition to, String state, Progress progress, Counts counts,
      Instant createdAt, Instant finishedAt, List<FlowResult> flows, String next) {}

  @Operation(summary = "Start an impact analysis",
      description = "Analyses every stored flow (not archived) under two editions, with the contracts linked to it: "
          + "verdict change, findings added, removed and changed, responsibilities moved, and the contracts whose "
          + "checklist items change status. Runs in the background; poll the Location for progress and results.")
  @ApiResponse(responseCode = "202", description = "started", headers = @Header(name = "Location",
      description = "the analysis' URL", schema = @Schema(type = "string")))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ImpactView> start(@RequestBody(required = false) ImpactRequest request) {
    ImpactRequest r = request == null ? new ImpactRequest(null, null, null) : request;
    String id = RequestLog.decisionId();
    if ("last-decision".equals(r.against())) {
      if (r.from() != null || r.to() != null) {
        throw invalidRequest(r.from() != null ? "/from" : "/to", "field.not_with_last_decision");
      }
      jobs.startAgainstLastDecisions(id, null, Language.current());
    } else if (r.against() == null || "editions".equals(r.against())) {
      Edition from = r.from() == null ? Edition.values()[0]
          : Flows.edition(r.from(), properties, HttpStatus.BAD_REQUEST, "/from");
      Edition to = r.to() == null ? Edition.newest()
          : Flows.edition(r.to(), properties, HttpStatus.BAD_REQUEST, "/to");
      jobs.start(id, from, to, null, Language.current());
    } else {
      throw invalidRequest("/against", "field.against");
    }
    return ResponseEntity.accepted().location(URI.create("/api/v1/impact-analyses/" + id)).body(view(id, true, null,
        0));
  }

  @Operation(summary = "Read an impact analysis", description = "State and progress, counts, and a page of per-flow "
      + "results in flow id order (only flows that change, unless `all=true`). As CSV with `Accept: text/csv` "
      + "(every flow, streamed).")
  @ApiResponse(responseCode = "200", description = "the analysis", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImpactView.class)),
      @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "404", description = "no such analysis (impact_analysis_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}")
  ImpactView get(@PathVariable String id,
      @Parameter(description = "every flow, not only those that change") @RequestParam(defaultValue = "false")
      boolean all,
      @RequestParam(required = false) String after,
      @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "100") int limit) {
    return view(id, all, after, Documents.limit(limit));
  }

  @Operation(hidden = true)
  @GetMapping(path = "/{id}", produces = "text/csv")
  void csv(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
    analysis(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"impact-" + id + ".csv\"");
    // written as read, a page of results at a time: memory stays bounded however many flows there are
    Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    w.write(ImpactCsv.HEADER);
    store.eachResult(id, false, r -> {
      try {
        w.write(ImpactCsv.row(r.flowId(), r.flowVersion(), r.error(), impact(r)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    w.flush();
  }

  @Operation(summary = "An impact analysis as a report people read",
      description = "HTML (the default) or Markdown (Accept: text/markdown): the counts, the flows that change (the "
          + "first " + REPORT_FLOWS + "; the CSV has all), and each linked contract's checklist items that change "
          + "status.")
  @ApiResponse(responseCode = "200", description = "the report", content = {
      @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
      @Content(mediaType = ReportResponses.MARKDOWN, schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "404", description = "no such analysis (impact_analysis_not_found)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
  @GetMapping(path = "/{id}/report", produces = {MediaType.TEXT_HTML_VALUE, ReportResponses.MARKDOWN})
  ResponseEntity<String> report(@PathVariable String id,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    ImpactStore.Analysis a = analysis(id);
    ImpactStore.Progress p = store.progress(id);
    ImpactStore.ResultPage page = store.results(id, true, null, REPORT_FLOWS);
    List<FlowImpact> changed = new ArrayList<>();
    for (ImpactStore.Result r : page.results()) {
      if (r.detail() != null) {
        changed.add(Codec.flowImpact(r.detail()));
      }
    }
    ImpactSummary s = new ImpactSummary(id, edition(a.from()), edition(a.to()), a.state(), p.done(),
        a.total(), p.changed(), p.verdictChanged(), p.contractsToAmend(), p.errors());
    return ReportResponses.respond(Report.impact(s, changed, Math.max(0, p.changed() - changed.size()),
        Language.current()), accept, id);
  }

  private ImpactView view(String id, boolean all, String after, int limit) {
    ImpactStore.Analysis a = analysis(id);
    ImpactStore.Progress p = store.progress(id);
    List<FlowResult> flows = new ArrayList<>();
    String next = null;
    if (limit > 0) {
      ImpactStore.ResultPage page = store.results(id, !all, after, limit);
      for (ImpactStore.Result r : page.results()) {
        flows.add(new FlowResult(r.flowId(), r.flowVersion(), r.error(),
            r.detail() == null ? null : mapper.readTree(r.detail())));
      }
      next = page.next();
    }
    return new ImpactView(a.id(), a.mode(), edition(a.from()), edition(a.to()), a.state(),
        new Progress(p.done(), a.total(), p.chunksDone(), a.chunks()),
        new Counts(p.changed(), p.verdictChanged(), p.contractsToAmend(), p.errors()), a.createdAt(), a.finishedAt(),
        flows, next);
  }

  private static ApiProblem invalidRequest(String pointer, String key) {
    org.demarc.model.result.Violation v = new org.demarc.model.result.Violation(pointer, "invalid_value",
        org.demarc.app.Messages.text(key));
    return new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_BODY.code(), v.message().in(Language.current()),
        Flows.errors(List.of(v), ""));
  }

  private FlowImpact impact(ImpactStore.Result r) {
    return r.detail() == null ? null : Codec.flowImpact(r.detail());
  }

  private static Edition edition(String name) {
    return name == null ? null : Edition.valueOf(name);
  }

  private ImpactStore.Analysis analysis(String id) {
    return store.get(Tenants.current(), id).orElseThrow(() -> Documents.problem(HttpStatus.NOT_FOUND,
        ErrorCode.IMPACT_ANALYSIS_NOT_FOUND, "id", id));
  }

  /** Reading stored per-flow results back (their texts come back in the language they were written in). */
  private static final class Codec {
    private static final JsonMapper READER = org.demarc.codec.Codec.answers(JsonMapper.builder())
        .addModule(org.demarc.codec.Codec.textIn(() -> "en")).build();

    static FlowImpact flowImpact(String json) {
      return READER.readValue(json, FlowImpact.class);
    }
  }
}

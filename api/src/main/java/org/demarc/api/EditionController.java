package org.demarc.api;

import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.Edition;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RuleDescriptor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Editions and their rules. */
@RestController
@RequestMapping(path = "/api/v1/editions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "editions", description = "guideline editions and their rules")
class EditionController {
  private final DemarcEngine engine;
  private final DemarcProperties properties;

  EditionController(DemarcEngine engine, DemarcProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  /**
   * One edition.
   *
   * @param id the edition's id, used in requests
   * @param label its name in the requested language
   * @param year year of publication
   * @param rules how many rules it has
   * @param provenance rule-set version and content hash, engine version
   */
  record EditionView(Edition id, String label, int year, int rules, Provenance provenance) {}

  /**
   * The editions.
   *
   * @param defaultEdition the edition used when a request names none
   * @param editions every edition, oldest first
   */
  record EditionsResponse(Edition defaultEdition, List<EditionView> editions) {}

  /**
   * The rules of an edition.
   *
   * @param provenance rule-set version and content hash, engine version
   * @param rules the rules, sorted by id, each with its citation
   */
  record RulesResponse(Provenance provenance, List<RuleDescriptor> rules) {}

  @Operation(summary = "List the editions", description = "Example: GET /api/v1/editions")
  @ApiResponse(responseCode = "200", description = "the editions")
  @ApiResponse(responseCode = "406", description = "the client accepts no JSON",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping
  EditionsResponse editions() {
    List<EditionView> views = engine.editions().stream()
        .map(e -> new EditionView(e, Language.pick(e.labelJa(), e.labelEn()), e.year(), engine.rules(e).size(),
            engine.provenance(e)))
        .toList();
    return new EditionsResponse(properties.defaultEdition(), views);
  }

  @Operation(summary = "What changes in the guideline between two editions",
      description = "Example: GET /api/v1/editions/changes?from=E2007_V2&to=E2008_V3. Whatever the flow: the changes "
          + "of the guideline's text the seed's revision table shows (the rule catalogue's edition diff: added, "
          + "deleted, moved, renumbered, clarified, reworded, reordered, or unclear in the seed and so needing human "
          + "review), each with the seed lines of both columns and the rules it bears on; and the rules whose variants, "
          + "strength or wording differ, each with its citation under both editions. For one flow, see POST "
          + "/api/v1/comparisons.")
  @ApiResponse(responseCode = "200", description = "the changes")
  @ApiResponse(responseCode = "400", description = "unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "406", description = "the client accepts no JSON",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/changes")
  GuidelineChanges changes(
      @Parameter(description = "first edition; default: the oldest", example = "E2007_V2")
      @RequestParam(required = false) String from,
      @Parameter(description = "second edition; default: the newest", example = "E2008_V3")
      @RequestParam(required = false) String to) {
    Edition a = Flows.from(from, properties);
    Edition b = Flows.to(to, properties);
    return engine.changes(a, b);
  }

  @Operation(summary = "List the rules of an edition", description = "Example: GET /api/v1/editions/E2008_V3/rules")
  @ApiResponse(responseCode = "200", description = "the rules with their citations")
  @ApiResponse(responseCode = "404", description = "unknown edition",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/{edition}/rules")
  RulesResponse rules(@Parameter(example = "E2008_V3") @PathVariable String edition) {
    Edition e = Flows.edition(edition, properties, HttpStatus.NOT_FOUND);
    return new RulesResponse(engine.provenance(e), engine.rules(e));
  }

  @Operation(summary = "Show one rule", description = "Example: GET /api/v1/editions/E2008_V3/rules/G-6.11-B1-09")
  @ApiResponse(responseCode = "200", description = "the rule with its citation")
  @ApiResponse(responseCode = "404", description = "unknown edition or rule",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/{edition}/rules/{ruleId}")
  RuleDescriptor rule(
      @Parameter(example = "E2008_V3") @PathVariable String edition,
      @Parameter(example = "G-6.11-B1-09") @PathVariable String ruleId) {
    Edition e = Flows.edition(edition, properties, HttpStatus.NOT_FOUND);
    return engine.rule(e, ruleId).orElseThrow(() -> {
      String detail = Messages.of(ErrorCode.UNKNOWN_RULE, "rule", ruleId, "edition", e).in(Language.current());
      return new ApiProblem(HttpStatus.NOT_FOUND, "unknown_rule", detail,
          List.of(new ApiProblem.FieldError("ruleId", "unknown_rule", detail)));
    });
  }
}

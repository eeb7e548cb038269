package org.demarc.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarc.app.ContractCheckRequest;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.Verdict;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app's pages over the registry (issue 15, pages 2–5): stored flows and contracts, contract checks, the
 * decision log with replay, and impact analyses. Each calls the REST controller of the same function, so the pages
 * answer exactly what the API answers (same checks, tenant, recording, errors).
 */
@Controller
class WebRecords {
  private static final int PAGE = 100;
  private final FlowRegistryController flows;
  private final ContractRegistryController contracts;
  private final ContractController contractChecks;
  private final DecisionController decisions;
  private final ImpactController impacts;
  private final DemarcProperties properties;
  private final JsonMapper json;
  private final org.demarc.registry.DecisionLog log;

  WebRecords(FlowRegistryController flows, ContractRegistryController contracts, ContractController contractChecks,
      DecisionController decisions, ImpactController impacts, DemarcProperties properties, JsonMapper json,
      org.demarc.registry.DecisionLog log) {
    this.log = log;
    this.flows = flows;
    this.contracts = contracts;
    this.contractChecks = contractChecks;
    this.decisions = decisions;
    this.impacts = impacts;
    this.properties = properties;
    this.json = json;
  }

  // ----- registry

  @GetMapping("/app/registry")
  String registry(@RequestParam(required = false) String verdict, @RequestParam(required = false) String edition,
      @RequestParam(required = false) String party, @RequestParam(required = false) String q,
      @RequestParam(required = false) String after, Model model) {
    Verdict v = parse(Verdict.class, verdict);
    String e = edition == null || edition.isBlank() ? null : WebForms.edition(edition, properties).name();
    String p = party == null || party.isBlank() ? null : party.strip();
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    FlowRegistryController.FlowPage page = flows.list(false, v, e, p, blank(after), PAGE);
    List<Documents.Summary> stored = page.flows().stream()
        .filter(f -> needle.isEmpty() || f.id().toLowerCase(Locale.ROOT).contains(needle)).toList();
    ContractRegistryController.ContractPage cs = contracts.list(false, null, null, 500);
    model.addAttribute("page", "registry");
    model.addAttribute("flows", stored);
    // the last verdict of each flow under each edition (its stored evaluations), for the page at once
    model.addAttribute("verdictsByEdition", log.latestVerdicts(Tenants.current(),
        stored.stream().map(Documents.Summary::id).toList(), ImpactJobs.STORED_EVALUATION));
    model.addAttribute("next", page.next());
    model.addAttribute("contracts", cs.contracts().stream()
        .filter(c -> needle.isEmpty() || c.id().toLowerCase(Locale.ROOT).contains(needle)).toList());
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("fVerdict", v == null ? "" : v.name());
    model.addAttribute("fEdition", e == null ? "" : e);
    model.addAttribute("fParty", p == null ? "" : p);
    model.addAttribute("q", q == null ? "" : q.strip());
    return "web/registry";
  }

  // ----- contract check

  @GetMapping("/app/contracts/check")
  String contractsPage(@RequestParam(required = false) String flow, Model model) {
    model.addAttribute("page", "contracts");
    model.addAttribute("flows", flows.list(false, null, null, null, null, 500).flows());
    model.addAttribute("selected", flow == null ? "" : flow);
    model.addAttribute("edition", properties.defaultEdition());
    return "web/contracts";
  }

  /**
   * Checks contracts: a stored flow against its linked contracts, or an uploaded file (one contract, a list, or a
   * whole request with {@code flow} and {@code contracts}) against the chosen stored flow.
   */
  @PostMapping("/app/contracts/check")
  String check(@RequestParam(required = false) String flow, @RequestParam(required = false) String edition,
      @RequestParam(required = false) MultipartFile file, Model model) {
    String e = WebForms.edition(edition, properties).name();
    try {
      ContractController.ContractCheckResponse answer;
      if (file != null && !file.isEmpty()) {
        answer = contractChecks.check(request(file, blank(flow)), e);
      } else if (blank(flow) != null) {
        answer = flows.checkContracts(flow, e);
      } else {
        model.addAttribute("problem", Language.pick("フローを選ぶか、契約ファイルをアップロードしてください。",
            "Choose a stored flow or upload a contract file."));
        return "web/checks :: problem";
      }
      model.addAttribute("a", answer);
      model.addAttribute("byParty", byParty(answer.check().items()));
      return "web/checks :: check";
    } catch (ApiProblem p) {
      model.addAttribute("problem", p.getMessage());
      model.addAttribute("errors", p.errors());
      return "web/checks :: problem";
    }
  }

  private ContractCheckRequest request(MultipartFile file, String flowId) {
    if (file.getSize() > properties.maxBodyBytes()) {
      throw Documents.problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
          org.demarc.app.ErrorCode.BODY_TOO_LARGE, "limit", properties.maxBodyBytes());
    }
    String text;
    try {
      text = new String(file.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Documents.problem(org.springframework.http.HttpStatus.BAD_REQUEST, org.demarc.app.ErrorCode.BAD_REQUEST);
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    String mediaType = name.endsWith(".json") || text.stripLeading().startsWith("{")
        || text.stripLeading().startsWith("[") ? MediaType.APPLICATION_JSON_VALUE : Documents.YAML;
    JsonNode tree = Documents.read(text, mediaType, JsonNode.class, json);
    if (tree.isObject() && tree.has("flow")) {
      return read(tree, ContractCheckRequest.class, "");
    }
    List<Contract> list = new ArrayList<>();
    String listPointer = tree.isObject() && tree.has("contracts") ? "/contracts" : "";
    JsonNode items = listPointer.isEmpty() ? tree : tree.get("contracts");
    if (items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        list.add(read(items.get(i), Contract.class, listPointer + "/" + i));
      }
    } else {
      list.add(read(items, Contract.class, listPointer));
    }
    DataFlow flow = null;
    if (flowId != null) {
      ResponseEntity<String> stored = flows.get(flowId);
      MediaType type = stored.getHeaders().getContentType();
      flow = Documents.read(stored.getBody(), type != null && type.getSubtype().contains("yaml") ? Documents.YAML
          : MediaType.APPLICATION_JSON_VALUE, DataFlow.class, json);
    }
    return new ContractCheckRequest(flow, list);
  }

  /** One document of an upload, every field that cannot be read reported under its pointer in the file. */
  private <T> T read(JsonNode tree, Class<T> type, String pointer) {
    try {
      return json.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw BodyErrors.translate(e, json, tree, type, pointer);
    }
  }

  /**
   * The checklist of one party.
   *
   * @param party the party
   * @param items its items
   */
  record PartyItems(String party, List<ChecklistItem> items) {}

  private static List<PartyItems> byParty(List<ChecklistItem> items) {
    java.util.Map<String, List<ChecklistItem>> m = new java.util.LinkedHashMap<>();
    for (ChecklistItem i : items == null ? List.<ChecklistItem>of() : items) {
      m.computeIfAbsent(i.party() == null ? "—" : i.party(), k -> new ArrayList<>()).add(i);
    }
    return m.entrySet().stream().map(x -> new PartyItems(x.getKey(), x.getValue())).toList();
  }

  // ----- decisions

  @GetMapping("/app/decisions")
  String decisionList(@RequestParam(required = false) String flowId, @RequestParam(required = false) String verdict,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String after, Model model) {
    Instant f = day(from);
    Instant t = day(to);
    DecisionController.DecisionPage page = decisions.list(blank(flowId), blank(verdict), f,
        t == null ? null : t.plusSeconds(86_400), blank(after), PAGE);
    model.addAttribute("page", "decisions");
    model.addAttribute("decisions", page.decisions());
    model.addAttribute("next", page.next());
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("fFlow", flowId == null ? "" : flowId.strip());
    model.addAttribute("fVerdict", verdict == null ? "" : verdict);
    model.addAttribute("fFrom", f == null ? "" : from);
    model.addAttribute("fTo", t == null ? "" : to);
    return "web/decisions";
  }

  @GetMapping("/app/decisions/{id}")
  String decision(@PathVariable String id, Model model) {
    model.addAttribute("page", "decisions");
    try {
      DecisionController.DecisionView d = decisions.get(id);
      model.addAttribute("d", d);
      model.addAttribute("input", pretty(d.input()));
      model.addAttribute("answer", pretty(d.result()));
      model.addAttribute("replayable", d.route() != null && d.route().contains("evaluat"));
      return "web/decision";
    } catch (ApiProblem p) {
      model.addAttribute("missing", id);
      return "web/missing";
    }
  }

  @PostMapping("/app/decisions/{id}/replay")
  String replay(@PathVariable String id, Model model) {
    try {
      model.addAttribute("r", decisions.replay(id));
      return "web/replay :: replay";
    } catch (ApiProblem p) {
      model.addAttribute("problem", p.getMessage());
      return "web/checks :: problem";
    }
  }

  private String pretty(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  // ----- impact analyses

  @GetMapping("/app/impact")
  String impactPage(Model model) {
    model.addAttribute("page", "impact");
    return "web/impact";
  }

  @PostMapping("/app/impact")
  String startImpact(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String against) {
    ImpactController.ImpactRequest request = "last-decision".equals(against)
        ? new ImpactController.ImpactRequest(null, null, "last-decision")
        : new ImpactController.ImpactRequest(WebForms.edition(from, properties).name(),
            WebForms.edition(to, properties).name(), null);
    ImpactController.ImpactView v = impacts.start(request).getBody();
    return "redirect:/app/impact/" + Documents.encode(v.id());
  }

  @GetMapping("/app/impact/{id}")
  String impact(@PathVariable String id, Model model) {
    model.addAttribute("page", "impact");
    try {
      model.addAttribute("v", impacts.get(id, false, null, PAGE));
      return "web/impact-run";
    } catch (ApiProblem p) {
      model.addAttribute("missing", id);
      return "web/missing";
    }
  }

  /** The progress and, once done, the results: polled by the page while the analysis runs. */
  @GetMapping("/app/impact/{id}/progress")
  String impactProgress(@PathVariable String id, Model model) {
    model.addAttribute("v", impacts.get(id, false, null, PAGE));
    return "web/impact-run :: progressPanel";
  }

  @GetMapping("/app/impact/{id}/export.csv")
  void impactCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("impact-" + id + ".csv").build().toString());
    impacts.csv(id, response);
  }

  @GetMapping("/app/impact/{id}/export.{format}")
  ResponseEntity<String> impactReport(@PathVariable String id, @PathVariable String format) {
    boolean markdown = "md".equals(format);
    ResponseEntity<String> r = impacts.report(id, markdown ? ReportResponses.MARKDOWN : MediaType.TEXT_HTML_VALUE);
    return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("impact-" + id + (markdown ? ".md" : ".html")).build().toString())
        .body(r.getBody());
  }

  // ----- helpers

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Instant day(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

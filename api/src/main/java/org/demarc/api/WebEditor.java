package org.demarc.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.demarc.codec.SourceLines;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.InvalidFlowException;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
import org.demarc.registry.DocumentRegistry;
import org.demarc.registry.FlowRegistry;
import org.demarc.report.OpenItem;
import org.demarc.report.Report;
import org.demarc.report.Sarif;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flow editor (issue 15, page 1): a form and a YAML/JSON view of one document, validated with the API's own checks
 * and codes, evaluated or compared under chosen editions, saved to the registry under If-Match, downloaded as a report.
 * Every action goes through the same services as the REST routes (evaluations, decisions, the registry controller).
 */
@Controller
class WebEditor {
  private static final String ROUTE_EVALUATE = "POST /app/flows/evaluate";
  private final Evaluations evaluations;
  private final Decisions decisions;
  private final DemarcEngine engine;
  private final DemarcProperties properties;
  private final JsonMapper json;
  private final FlowRegistry registry;
  private final FlowRegistryController flows;

  WebEditor(Evaluations evaluations, Decisions decisions, DemarcEngine engine, DemarcProperties properties,
      JsonMapper json, FlowRegistry registry, FlowRegistryController flows) {
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.engine = engine;
    this.properties = properties;
    this.json = json;
    this.registry = registry;
    this.flows = flows;
  }

  @GetMapping("/app/flows/new")
  String create(Model model) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.putArray("parties").addObject().putArray("roles").add("PROVIDER");
    tree.withArray("parties").addObject().putArray("roles").add("RECIPIENT");
    tree.putArray("segments").addObject();
    WebEditorView view = new WebEditorView(tree, WebDocument.text(tree, "yaml"), "yaml", null, null);
    return page(model, view, properties.defaultEdition());
  }

  @GetMapping("/app/flows/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    DocumentRegistry.Stored stored = registry.get(Tenants.current(), id).orElse(null);
    if (stored == null) {
      model.addAttribute("page", "editor");
      model.addAttribute("missing", id);
      return "web/missing";
    }
    return page(model, stored(stored), properties.defaultEdition());
  }

  private WebEditorView stored(DocumentRegistry.Stored stored) {
    String format = Documents.YAML.equals(stored.mediaType()) ? "yaml" : "json";
    ObjectNode tree;
    try {
      tree = WebDocument.parse(stored.content());
    } catch (WebDocument.Unreadable e) {
      tree = JsonNodeFactory.instance.objectNode();
    }
    WebEditorView view = new WebEditorView(tree, stored.content(), format, stored.id(), stored.version());
    validate(view);
    return view;
  }

  private String page(Model model, WebEditorView view, Edition edition) {
    model.addAttribute("page", "editor");
    model.addAttribute("d", view);
    model.addAttribute("edition", edition);
    return "web/editor";
  }

  /** Keeps the form and the text in step: a change in either re-renders both from the one document. */
  @PostMapping("/app/flows/editor")
  String sync(@RequestParam MultiValueMap<String, String> params, Model model) {
    model.addAttribute("d", build(params, params.getFirst("changed")));
    return "web/editor :: editor";
  }

  /**
   * The document the request describes: its text, with the form's fields set on top unless the text itself changed;
   * then a row action (add, remove, move), then the API's checks.
   */
  private WebEditorView build(MultiValueMap<String, String> params, String trigger) {
    String text = params.getFirst("document");
    String format = params.getFirst("format");
    boolean fromText = "document".equals(trigger) || "format".equals(trigger);
    ObjectNode tree;
    String documentError = null;
    try {
      tree = WebDocument.parse(text);
    } catch (WebDocument.Unreadable e) {
      tree = null;
      documentError = e.problem().getMessage();
      List<ApiProblem.FieldError> fe = e.problem().errors();
      if (!fe.isEmpty()) {
        documentError = fe.get(0).detail();
      }
    }
    if (tree == null) {
      // the text cannot be read: it stays as typed, with the reader's message; the form shows what it holds, and
      // nothing is applied or checked until the text reads again
      ObjectNode shown = JsonNodeFactory.instance.objectNode();
      WebDocument.apply(shown, params);
      WebEditorView view = new WebEditorView(shown, text, format, params.getFirst("storedId"), version(params));
      view.documentError = documentError;
      return view;
    }
    if (!fromText) {
      WebDocument.apply(tree, params);
    }
    WebDocument.act(tree, params.getFirst("action"));
    WebEditorView view = new WebEditorView(tree, WebDocument.text(tree, format), format, params.getFirst("storedId"),
        version(params));
    validate(view);
    return view;
  }

  private static Long version(MultiValueMap<String, String> params) {
    return number(params.getFirst("version"));
  }

  private static Long number(String v) {
    try {
      return v == null || v.isBlank() ? null : Long.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The API's checks: reading (unknown fields and values), then limits and structure, each at its pointer; the flow
   * is kept in the view when it passes them.
   */
  private void validate(WebEditorView view) {
    DataFlow flow;
    try {
      flow = json.treeToValue(view.tree, DataFlow.class);
    } catch (JacksonException e) {
      ApiProblem p = BodyErrors.translate(e, json, view.tree, DataFlow.class, "");
      p.errors().forEach(fe -> view.error(fe.pointer(), fe.code(), fe.detail()));
      return;
    }
    for (ApiProblem.FieldError fe : evaluations.check(flow, "")) {
      view.error(fe.pointer(), fe.code(), fe.detail());
    }
    view.flow = view.getErrors().isEmpty() ? flow : null;
  }

  @PostMapping("/app/flows/evaluate")
  String evaluate(@RequestParam MultiValueMap<String, String> params, Model model) {
    WebEditorView view = build(params, null);
    DataFlow flow = view.flow;
    Edition edition = WebForms.edition(params.getFirst("edition"), properties);
    model.addAttribute("d", view);
    if (flow == null) {
      return "web/result :: invalid";
    }
    EvaluationResponse answer;
    try {
      answer = evaluations.evaluate(flow, edition, "");
    } catch (ApiProblem p) {
      p.errors().forEach(fe -> view.error(fe.pointer(), fe.code(), fe.detail()));
      return "web/result :: invalid";
    }
    decisions.adHoc(ROUTE_EVALUATE, flow, answer);
    model.addAttribute("r", WebResultView.of(flow, answer.result(), answer.decisionId(), Language.current()));
    return "web/result :: evaluation";
  }

  @PostMapping("/app/flows/compare")
  String compare(@RequestParam MultiValueMap<String, String> params, Model model) {
    WebEditorView view = build(params, null);
    DataFlow flow = view.flow;
    model.addAttribute("d", view);
    if (flow == null) {
      return "web/result :: invalid";
    }
    Edition from = WebForms.edition(params.getFirst("from"), properties);
    Edition to = WebForms.edition(params.getFirst("to"), properties);
    EditionComparison c;
    try {
      c = engine.compare(flow, from, to);
    } catch (InvalidFlowException e) {
      Flows.errors(e.violations(), "").forEach(fe -> view.error(fe.pointer(), fe.code(), fe.detail()));
      return "web/result :: invalid";
    }
    String language = Language.current();
    model.addAttribute("c", c);
    model.addAttribute("behind", engine.changes(from, to).behind(c));
    model.addAttribute("left", WebResultView.of(flow, c.fromResult(), null, language));
    model.addAttribute("right", WebResultView.of(flow, c.toResult(), null, language));
    return "web/result :: comparison";
  }

  /** Saves to the registry: a new flow (201) or a revision under If-Match; a conflict shows what the other edit did. */
  @PostMapping("/app/flows/save")
  String save(@RequestParam MultiValueMap<String, String> params, Model model) {
    WebEditorView view = build(params, null);
    model.addAttribute("d", view);
    DataFlow flow = view.flow;
    if (flow == null) {
      view.saveError = Language.pick("保存する前に誤りを直してください。", "Fix the errors before saving.");
      return "web/editor :: editor";
    }
    String mediaType = "json".equals(view.format) ? MediaType.APPLICATION_JSON_VALUE : Documents.YAML;
    boolean overwrite = "overwrite".equals(params.getFirst("action"));
    try {
      Documents.Summary s;
      if (view.storedId == null || !view.storedId.equals(flow.id())) {
        s = flows.create(view.text, mediaType).getBody();
      } else {
        Long expected = overwrite ? number(params.getFirst("current")) : view.version;
        s = flows.update(view.storedId, view.text, mediaType, expected == null ? null : Documents.etag(expected))
            .getBody();
      }
      WebEditorView saved = new WebEditorView(view.tree, view.text, view.format, s.id(), s.version());
      saved.saved = Language.pick("保存しました（版 " + s.version() + "）。", "Saved (version " + s.version() + ").");
      model.addAttribute("d", saved);
    } catch (ApiProblem p) {
      if ("version_conflict".equals(p.code())) {
        view.conflict = conflict(view);
      }
      view.saveError = p.getMessage();
      p.errors().forEach(fe -> view.error(fe.pointer(), fe.code(), fe.detail()));
    }
    return "web/editor :: editor";
  }

  /** What the other edit changed: the stored flow now against the version this edit started from. */
  private WebEditorView.Conflict conflict(WebEditorView view) {
    String tenant = Tenants.current();
    DocumentRegistry.Stored now = registry.get(tenant, view.storedId).orElse(null);
    if (now == null) {
      return null;
    }
    Map<String, String> before = view.version == null ? Map.of()
        : registry.version(tenant, view.storedId, view.version)
            .map(v -> WebDocument.leaves(WebDocument.parse(v.content()))).orElse(Map.of());
    Map<String, String> after = WebDocument.leaves(WebDocument.parse(now.content()));
    List<String> changes = new ArrayList<>();
    for (String pointer : new TreeSet<>(union(before, after).keySet())) {
      String a = before.get(pointer);
      String b = after.get(pointer);
      if (a == null || !a.equals(b)) {
        changes.add(pointer + ": " + (a == null ? "—" : a) + " → " + (b == null ? "—" : b));
      }
    }
    return new WebEditorView.Conflict(now.version(), changes);
  }

  private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }

  /** Reloads the stored flow into the editor (after a conflict: the other edit wins, this one is dropped). */
  @GetMapping("/app/flows/{id}/editor")
  String reload(@PathVariable String id, Model model) {
    DocumentRegistry.Stored stored = registry.get(Tenants.current(), id).orElse(null);
    WebEditorView view = stored == null
        ? new WebEditorView(JsonNodeFactory.instance.objectNode(), "", "yaml", null, null) : stored(stored);
    model.addAttribute("d", view);
    return "web/editor :: editor";
  }

  /** The evaluation as a file: the HTML or Markdown report, or SARIF. */
  @PostMapping("/app/flows/report")
  ResponseEntity<?> report(@RequestParam MultiValueMap<String, String> params) {
    WebEditorView view = build(params, null);
    DataFlow flow = view.flow;
    if (flow == null) {
      return ResponseEntity.unprocessableContent().contentType(MediaType.TEXT_PLAIN)
          .body(Language.pick("フローに誤りがあるため報告書を作れません。", "The flow has errors: no report."));
    }
    Edition edition = WebForms.edition(params.getFirst("edition"), properties);
    EvaluationResponse answer = evaluations.evaluate(flow, edition, "");
    decisions.adHoc("POST /app/flows/report", flow, answer);
    String language = Language.current();
    String name = (flow.id() == null ? "flow" : flow.id().replaceAll("[^A-Za-z0-9._-]", "_")) + "-" + edition.name();
    String format = params.getFirst("reportFormat");
    String body;
    MediaType type;
    if ("markdown".equals(format)) {
      body = Report.evaluation(flow, answer.result(), language).markdown();
      type = MediaType.parseMediaType("text/markdown;charset=UTF-8");
      name += ".md";
    } else if ("sarif".equals(format)) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("flowId", flow.id());
      props.put("edition", edition.name());
      props.put("verdict", answer.result().verdict().name());
      props.put("decisionId", answer.decisionId());
      SourceLines lines = SourceLines.of(view.text);
      body = json.writeValueAsString(Sarif.log(OpenItem.of(answer.result()), name + (view.format.equals("json")
          ? ".json" : ".yaml"), lines::lineOf, language, answer.result().provenance().engineVersion(), props));
      type = MediaType.parseMediaType("application/sarif+json");
      name += ".sarif";
    } else {
      body = Report.evaluation(flow, answer.result(), language).html();
      type = MediaType.parseMediaType("text/html;charset=UTF-8");
      name += ".html";
    }
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
            .build().toString())
        .header("Demarc-Decision-Id", answer.decisionId())
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}

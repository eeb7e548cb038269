package org.demarc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.Segment;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.Citation;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingChange;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.UnusedClause;
import org.demarc.model.result.UnusedDeclaration;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;
import org.demarc.report.Doc.Block;
import org.demarc.report.Doc.Bullets;
import org.demarc.report.Doc.Cell;
import org.demarc.report.Doc.Diagram;
import org.demarc.report.Doc.Heading;
import org.demarc.report.Doc.Para;
import org.demarc.report.Doc.Table;
import org.demarc.report.Doc.Tone;

/** Builds the report documents: the same sections for every format. */
final class Reports {
  private final Labels l;
  private final List<Block> b = new ArrayList<>();

  private Reports(Labels labels) {
    this.l = labels;
  }

  static Doc evaluation(DataFlow flow, EvaluationResult r, Labels labels) {
    Reports x = new Reports(labels);
    x.description(flow);
    x.summary(r.edition(), verdict(r.verdict(), labels), r.verdictReasons().stream().map(labels::of).toList(),
        OpenItem.of(r), r.provenance());
    x.flowSections(flow, r);
    x.controls(r);
    x.responsibilities(r.responsibilities());
    x.findings(labels.get("findings"), r.findings(), r);
    x.missingFacts(r.missingFacts());
    x.unusedDeclarations(r.unusedDeclarations());
    return new Doc(labels.language(), labels.get("report.evaluation", "flow", r.flowId()), x.b);
  }

  static Doc comparison(DataFlow flow, EditionComparison c, GuidelineChanges changes, Labels labels) {
    Reports x = new Reports(labels);
    x.description(flow);
    x.heading(2, labels.get("comparison.verdicts"));
    x.b.add(new Table(List.of(labels.get("summary.edition"), labels.get("summary.verdict"), labels.get("summary.open")),
        List.of(x.editionRow(c.from(), c.fromResult()), x.editionRow(c.to(), c.toResult()))));
    x.findings(labels.get("comparison.added", "edition", editionLabel(c.to(), labels)), c.added(), c.toResult());
    x.findings(labels.get("comparison.removed", "edition", editionLabel(c.from(), labels)), c.removed(), c.fromResult());
    x.heading(2, labels.get("comparison.changed"));
    if (c.changed().isEmpty()) {
      x.b.add(new Para(labels.get("comparison.none"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (FindingChange fc : c.changed()) {
        rows.add(List.of(Cell.code(fc.after().ruleId()),
            Cell.of(String.join(", ", fc.changes().stream().map(k -> labels.get("comparison.change." + k)).toList())),
            Cell.of(x.changedSide(fc.before(), c.fromResult())), Cell.of(x.changedSide(fc.after(), c.toResult()))));
      }
      x.b.add(new Table(List.of(labels.get("findings.rule"), labels.get("comparison.changes"),
          editionLabel(c.from(), labels), editionLabel(c.to(), labels)), rows));
    }
    x.movedClauses(c);
    if (changes != null) {
      x.textChangesBehind(c, changes);
    }
    x.responsibilityDiff(labels.get("comparison.respAdded", "edition", editionLabel(c.to(), labels)),
        c.responsibilitiesAdded());
    x.responsibilityDiff(labels.get("comparison.respRemoved", "edition", editionLabel(c.from(), labels)),
        c.responsibilitiesRemoved());
    x.heading(2, labels.get("comparison.under", "edition", editionLabel(c.to(), labels)));
    x.flowSections(flow, c.toResult());
    x.controls(c.toResult());
    return new Doc(labels.language(), labels.get("report.comparison", "flow", c.flowId()), x.b);
  }

  /**
   * An impact analysis: how many flows change, then each flow that changes (at most those given; {@code more} says
   * how many were left out) with its verdict change, findings, responsibilities and the contracts to amend.
   */
  static Doc impact(ImpactSummary s, List<org.demarc.model.result.FlowImpact> flows, long more, Labels labels) {
    Reports x = new Reports(labels);
    x.heading(2, labels.get("impact.summary"));
    x.b.add(new Table(List.of(labels.get("impact.measure"), labels.get("impact.count")), List.of(
        List.of(Cell.of(labels.get("impact.editions")),
            Cell.of(s.from() == null ? labels.get("impact.lastDecision")
                : editionLabel(s.from(), labels) + " → " + editionLabel(s.to(), labels))),
        List.of(Cell.of(labels.get("impact.state")), Cell.code(s.state())),
        List.of(Cell.of(labels.get("impact.flows")), Cell.of(s.done() + " / " + s.total())),
        List.of(Cell.of(labels.get("impact.changed")), Cell.of(Long.toString(s.changed()))),
        List.of(Cell.of(labels.get("impact.verdictChanged")),
            new Cell(Long.toString(s.verdictChanged()), s.verdictChanged() > 0 ? Tone.WARN : Tone.PLAIN)),
        List.of(Cell.of(labels.get("impact.contractsToAmend")),
            new Cell(Long.toString(s.contractsToAmend()), s.contractsToAmend() > 0 ? Tone.BAD : Tone.PLAIN)),
        List.of(Cell.of(labels.get("impact.errors")),
            new Cell(Long.toString(s.errors()), s.errors() > 0 ? Tone.BAD : Tone.PLAIN)))));
    x.heading(2, labels.get("impact.perFlow"));
    if (flows.isEmpty()) {
      x.b.add(new Para(labels.get("impact.none"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (org.demarc.model.result.FlowImpact f : flows) {
        rows.add(List.of(Cell.code(f.flowId()),
            new Cell(labels.of(f.fromVerdict()) + " → " + labels.of(f.toVerdict()),
                f.verdictChanged() ? Tone.WARN : Tone.PLAIN),
            Cell.of(shortList(f.findingsAdded())), Cell.of(shortList(f.findingsRemoved())),
            Cell.of(shortList(f.findingsChanged())),
            Cell.of(f.responsibilitiesAdded().size() + " / " + f.responsibilitiesRemoved().size()),
            new Cell(String.join(", ", f.contractsToAmend()), f.contractsToAmend().isEmpty() ? Tone.PLAIN : Tone.BAD)));
      }
      x.b.add(new Table(List.of(labels.get("impact.flow"), labels.get("summary.verdict"),
          labels.get("impact.added"), labels.get("impact.removed"), labels.get("impact.changedFindings"),
          labels.get("impact.responsibilities"), labels.get("impact.amend")), rows));
      if (more > 0) {
        x.b.add(new Para(labels.get("impact.more", "count", more), Tone.PLAIN));
      }
      for (org.demarc.model.result.FlowImpact f : flows) {
        if (f.contracts().isEmpty()) {
          continue;
        }
        x.heading(3, labels.get("impact.contractsOf", "flow", f.flowId()));
        List<List<Cell>> items = new ArrayList<>();
        for (org.demarc.model.result.FlowImpact.ContractImpact c : f.contracts()) {
          for (org.demarc.model.result.FlowImpact.ItemChange i : c.items()) {
            items.add(List.of(Cell.code(c.contract()), Cell.code(i.checklistItem()), x.strength(i.strength()),
                Cell.of(labels.of(i.from()) + " → " + labels.of(i.to())), Cell.code(i.id())));
          }
        }
        x.b.add(new Table(List.of(labels.get("checklist.clause"), labels.get("checklist.item"),
            labels.get("controls.strength"), labels.get("controls.status"), labels.get("impact.itemId")), items));
      }
    }
    return new Doc(labels.language(), labels.get("report.impact", "id", s.id()), x.b);
  }

  private static String shortList(List<String> ids) {
    if (ids.size() <= 6) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, 6)) + " (+" + (ids.size() - 6) + ")";
  }

  static Doc contractCheck(DataFlow flow, ContractCheck c, Labels labels) {
    Reports x = new Reports(labels);
    x.description(flow);
    x.summary(c.edition(), new Cell(labels.of(c.verdict()) + " (" + c.verdict().name() + ")", switch (c.verdict()) {
      case COVERED, NOT_APPLICABLE -> Tone.GOOD;
      case COVERED_WITH_RECOMMENDATIONS, INSUFFICIENT_INFORMATION -> Tone.WARN;
      case GAPS -> Tone.BAD;
    }), c.reasons().stream().map(labels::of).toList(), OpenItem.of(c), c.provenance());
    x.heading(2, labels.get("checklist"));
    List<List<Cell>> rows = new ArrayList<>();
    for (ChecklistItem i : c.items()) {
      rows.add(List.of(Cell.code(i.checklistItem()), status(i.status(), labels), x.strength(i.strength()),
          Cell.code(i.party()), Cell.of(labels.of(i.text())), Cell.of(x.scope(i.segment(), i.threat())),
          Cell.of(i.clauseRefs().isEmpty() ? i.contract() == null ? "" : i.contract() : String.join(", ", i.clauseRefs())),
          Cell.of(labels.of(i.message())), Cell.of(x.citation(i.citation()))));
    }
    x.b.add(new Table(List.of(labels.get("checklist.item"), labels.get("controls.status"),
        labels.get("controls.strength"), labels.get("controls.party"), labels.get("controls.control"),
        labels.get("controls.scope"), labels.get("checklist.clause"), labels.get("checklist.message"),
        labels.get("controls.citation")), rows));
    x.unusedClauses(c.unusedClauses());
    if (flow != null && c.flowResult() != null) {
      x.flowSections(flow, c.flowResult());
      x.controls(c.flowResult());
    }
    return new Doc(labels.language(), labels.get("report.contractCheck", "subject", c.subject()), x.b);
  }

  static Doc rules(Edition edition, List<RuleDescriptor> rules, Labels labels) {
    Reports x = new Reports(labels);
    List<List<Cell>> rows = new ArrayList<>();
    for (RuleDescriptor r : rules) {
      rows.add(List.of(Cell.code(r.id()), Cell.of(r.section()),
          Cell.of(r.editions().stream().map(Edition::name).collect(Collectors.joining(", "))), x.strength(r.strength()),
          Cell.of(x.citation(r.citation()))));
    }
    x.b.add(new Table(List.of(labels.get("rules.id"), labels.get("rules.section"), labels.get("rules.editions"),
        labels.get("controls.strength"), labels.get("controls.citation")), rows));
    return new Doc(labels.language(), labels.get("report.rules", "edition", editionLabel(edition, labels)), x.b);
  }

  static Doc guidelineChanges(GuidelineChanges c, Labels labels) {
    Reports x = new Reports(labels);
    String from = editionLabel(c.from(), labels);
    String to = editionLabel(c.to(), labels);
    x.b.add(new Para(labels.get("changes.summary", "text", String.valueOf(c.textChanges().size()), "rules",
        String.valueOf(c.ruleChanges().size()), "alike", String.valueOf(c.unchangedRules())), Tone.PLAIN));
    x.heading(2, labels.get("changes.text"));
    List<List<Cell>> rows = new ArrayList<>();
    for (GuidelineChanges.TextChange t : c.textChanges()) {
      String note = labels.of(t.note());
      rows.add(List.of(Cell.code(t.id()), Cell.of(labels.of(t.kind())), Cell.of(labels.of(t.topic())),
          Cell.of(t.fromLines()), Cell.of(t.toLines()), Cell.of(String.join(", ", t.rules())),
          t.needsHumanReview() ? new Cell(note + " (" + labels.get("findings.review") + ")", Tone.WARN)
              : Cell.of(note)));
    }
    x.b.add(new Table(List.of(labels.get("changes.id"), labels.get("changes.kind"), labels.get("changes.topic"),
        labels.get("changes.lines", "edition", from), labels.get("changes.lines", "edition", to),
        labels.get("changes.rules"), labels.get("changes.note")), rows));
    x.heading(2, labels.get("changes.ruleChanges"));
    rows = new ArrayList<>();
    List<List<Cell>> variantRows = new ArrayList<>();
    for (GuidelineChanges.RuleChange r : c.ruleChanges()) {
      rows.add(List.of(Cell.code(r.ruleId()),
          Cell.of(r.kinds().stream().map(labels::of).collect(Collectors.joining(", "))), Cell.of(labels.of(r.title())),
          Cell.of(x.citation(r.from())), Cell.of(x.citation(r.to()))));
      for (GuidelineChanges.VariantChange v : r.variants()) {
        variantRows.add(List.of(Cell.code(r.ruleId()), Cell.code(v.variant()), Cell.of(labels.of(v.kind())),
            Cell.of(labels.of(v.fromStrength())), Cell.of(labels.of(v.toStrength())),
            Cell.of(labels.of(v.fromMessage())), Cell.of(labels.of(v.toMessage()))));
      }
    }
    x.b.add(new Table(List.of(labels.get("rules.id"), labels.get("changes.how"), labels.get("rules.title"),
        labels.get("changes.citation", "edition", from), labels.get("changes.citation", "edition", to)), rows));
    x.heading(2, labels.get("changes.variants"));
    x.b.add(new Table(List.of(labels.get("rules.id"), labels.get("changes.variant"), labels.get("changes.how"),
        labels.get("changes.strength", "edition", from), labels.get("changes.strength", "edition", to),
        labels.get("changes.wording", "edition", from), labels.get("changes.wording", "edition", to)), variantRows));
    return new Doc(labels.language(), labels.get("report.changes", "from", from, "to", to), x.b);
  }

  static Doc rule(RuleDescriptor r, Labels labels) {
    Reports x = new Reports(labels);
    Citation c = r.citation();
    x.b.add(new Table(List.of("", ""), List.of(
        List.of(Cell.of(labels.get("rules.id")), Cell.code(r.id())),
        List.of(Cell.of(labels.get("rules.title")), Cell.of(labels.of(c.title()))),
        List.of(Cell.of(labels.get("rules.section")), Cell.of(r.section() + " — " + labels.of(c.clause()))),
        List.of(Cell.of(labels.get("rules.editions")),
            Cell.of(r.editions().stream().map(e -> editionLabel(e, labels)).collect(Collectors.joining(", ")))),
        List.of(Cell.of(labels.get("controls.strength")), x.strength(r.strength())),
        List.of(Cell.of(labels.get("rules.basis")), Cell.of(labels.get("basis." + r.basis().name()))),
        List.of(Cell.of(labels.get("controls.citation")), Cell.of(x.citation(c))))));
    return new Doc(labels.language(), labels.get("report.rule", "id", r.id()), x.b);
  }

  /** "eavesdropping: hosp · partial: carrier · exempt: osp" for one segment and threat. */
  static String responsibleText(SegmentThreat st, Labels l) {
    StringBuilder s = new StringBuilder(st.threats().stream().map(l::of).collect(Collectors.joining(", ")))
        .append(": ").append(st.responsible().isEmpty() ? "?" : names(st.responsible(), l));
    if (!st.partial().isEmpty()) {
      s.append(" · ").append(l.get("diagram.partial")).append(": ").append(names(st.partial(), l));
    }
    if (!st.exempt().isEmpty()) {
      s.append(" · ").append(l.get("diagram.exempt")).append(": ").append(names(st.exempt(), l));
    }
    return s.toString();
  }

  // ----- sections

  private void description(DataFlow flow) {
    if (flow != null && flow.description() != null && !flow.description().isBlank()) {
      b.add(new Para(flow.description(), Tone.PLAIN));
    }
  }

  private void summary(Edition edition, Cell verdict, List<String> reasons, List<OpenItem> open, Provenance p) {
    heading(2, l.get("summary"));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.of(l.get("summary.edition")), Cell.of(editionLabel(edition, l) + " (" + edition.name() + ")")));
    rows.add(List.of(Cell.of(l.get("summary.verdict")), verdict));
    rows.add(List.of(Cell.of(l.get("summary.open")), Cell.of(openCounts(open))));
    if (p != null) {
      rows.add(List.of(Cell.of(l.get("summary.provenance")), Cell.of(l.get("summary.provenanceValue", "version",
          p.ruleSetVersion(), "hash", p.contentHash().substring(0, Math.min(12, p.contentHash().length())),
          "engine", p.engineVersion()))));
    }
    b.add(new Table(List.of("", ""), rows));
    if (!reasons.isEmpty()) {
      b.add(new Para(l.get("summary.reasons"), Tone.PLAIN));
      b.add(new Bullets(reasons));
    }
  }

  private String openCounts(List<OpenItem> open) {
    Map<OpenItem.Level, Long> counts = new HashMap<>();
    open.forEach(o -> counts.merge(o.level(), 1L, Long::sum));
    return l.get("summary.openCounts", "must", counts.getOrDefault(OpenItem.Level.MUST, 0L),
        "should", counts.getOrDefault(OpenItem.Level.SHOULD, 0L), "review", counts.getOrDefault(OpenItem.Level.REVIEW, 0L));
  }

  private List<Cell> editionRow(Edition e, EvaluationResult r) {
    return List.of(Cell.of(editionLabel(e, l) + " (" + e.name() + ")"), verdict(r.verdict(), l),
        Cell.of(openCounts(OpenItem.of(r))));
  }

  /** The diagram, the path and who is responsible per segment and threat. */
  private void flowSections(DataFlow flow, EvaluationResult r) {
    boolean path = flow != null && flow.segments() != null && !flow.segments().isEmpty();
    if (!path && (flow == null || flow.takeOut() == null)) {
      return;
    }
    b.add(new Diagram(l.get("diagram"), FlowDiagram.svg(flow, r, l), l.get("diagram.caption")));
    if (!path) {
      return;
    }
    heading(2, l.get("path"));
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < flow.segments().size(); i++) {
      Segment s = flow.segments().get(i);
      String data = Exposures.labelKey(flow, i);
      rows.add(List.of(Cell.code(s.id()), Cell.of(points(s)),
          Cell.of(s.network() == null ? "?"
              : l.get("enum.NetworkType." + s.network().name()) + " (" + s.network().name() + ")"),
          Cell.code(s.operator()), Cell.of(channel(s, l)),
          data == null ? new Cell("?", Tone.WARN)
              : new Cell(l.get(data), data.equals("diagram.ciphertext") ? Tone.GOOD : Tone.WARN)));
    }
    b.add(new Table(List.of(l.get("path.segment"), l.get("path.points"), l.get("path.network"), l.get("path.operator"),
        l.get("path.channel"), l.get("path.data")), rows));
    if (!r.segmentThreats().isEmpty()) {
      heading(2, l.get("threats"));
      List<List<Cell>> threatRows = new ArrayList<>();
      for (SegmentThreat st : r.segmentThreats()) {
        threatRows.add(List.of(Cell.code(names(st.segments(), l)),
            Cell.of(st.threats().stream().map(l::of).collect(Collectors.joining(", "))),
            new Cell(names(st.responsible(), l), st.responsible().isEmpty() ? Tone.BAD : Tone.PLAIN),
            Cell.of(names(st.partial(), l)), Cell.of(names(st.exempt(), l))));
      }
      b.add(new Table(List.of(l.get("path.segment"), l.get("threats.threat"), l.get("threats.responsible"),
          l.get("threats.partial"), l.get("threats.exempt")), threatRows));
    }
  }

  private void controls(EvaluationResult r) {
    if (r.controls().isEmpty()) {
      return;
    }
    heading(2, l.get("controls"));
    Map<String, Finding> byId = r.findingsById();
    List<RequiredControl> sorted = new ArrayList<>(r.controls());
    sorted.sort(Comparator.comparing((RequiredControl c) -> statusOrder(c.status())).thenComparing(RequiredControl::strength));
    List<List<Cell>> rows = new ArrayList<>();
    for (RequiredControl c : sorted) {
      Finding f = byId.get(c.findingId());
      rows.add(List.of(status(c, l), strength(c.strength()), Cell.code(c.party()),
          Cell.of(l.of(c.text())), Cell.of(scope(c.segment(), c.threat())), Cell.code(c.checklistItem()),
          Cell.of(r.citation(c, byId) == null ? c.ruleId() : citation(r.citation(c, byId)))));
    }
    b.add(new Table(List.of(l.get("controls.status"), l.get("controls.strength"), l.get("controls.party"),
        l.get("controls.control"), l.get("controls.scope"), l.get("controls.checklist"), l.get("controls.citation")),
        rows));
  }

  /** At most {@value #NAMES_SHOWN} names, then how many more: a report's size follows the flow's facts. */
  static String names(List<String> names, Labels labels) {
    if (names.size() <= NAMES_SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN)) + " "
        + labels.get("names.more", "count", names.size() - NAMES_SHOWN);
  }

  static final int NAMES_SHOWN = 12;

  private void responsibilities(List<Responsibility> responsibilities) {
    if (responsibilities.isEmpty()) {
      return;
    }
    heading(2, l.get("responsibilities"));
    b.add(responsibilityTable(responsibilities));
  }

  private void responsibilityDiff(String title, List<Responsibility> responsibilities) {
    heading(2, title);
    b.add(responsibilities.isEmpty() ? new Para(l.get("comparison.none"), Tone.PLAIN) : responsibilityTable(responsibilities));
  }

  private Table responsibilityTable(List<Responsibility> responsibilities) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Responsibility r : responsibilities) {
      rows.add(List.of(Cell.code(names(r.parties(), l)), Cell.of(l.of(r.type())), Cell.of(scope(r.segments(), r.threats())),
          Cell.of(l.of(r.scope())), Cell.code(r.ruleId())));
    }
    return new Table(List.of(l.get("controls.party"), l.get("responsibilities.type"), l.get("controls.scope"),
        l.get("findings.message"), l.get("findings.rule")), rows);
  }

  private void findings(String title, List<Finding> findings, EvaluationResult result) {
    heading(2, title);
    if (findings.isEmpty()) {
      b.add(new Para(l.get("comparison.none"), Tone.PLAIN));
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Finding f : findings) {
      boolean review = f.needsHumanReview() || f.kind() == FindingKind.NEEDS_HUMAN_REVIEW;
      Tone tone = switch (f.kind()) {
        case PROHIBITION, MISSING_FACT, NOT_COVERED -> Tone.BAD;
        case NEEDS_HUMAN_REVIEW -> Tone.WARN;
        default -> review ? Tone.WARN : Tone.PLAIN;
      };
      Citation citation = result.citation(f);
      rows.add(List.of(Cell.code(f.ruleId()), new Cell(l.of(f.kind()), tone), strength(citation.strength()),
          Cell.of(l.of(f.message()) + (review && f.kind() != FindingKind.NEEDS_HUMAN_REVIEW
              ? " (" + l.get("findings.review") + ")" : "")),
          Cell.of(concerns(f)), Cell.of(citation(citation))));
    }
    b.add(new Table(List.of(l.get("findings.rule"), l.get("findings.kind"), l.get("controls.strength"),
        l.get("findings.message"), l.get("findings.concerns"), l.get("controls.citation")), rows));
  }

  /** One edition's side of a finding that changes: its kind, strength, party, text and citation. */
  private String changedSide(Finding f, EvaluationResult result) {
    Citation citation = result.citation(f);
    String party = f.party() == null ? "" : "; " + l.get("findings.concerns") + ": " + f.party();
    String review = f.needsHumanReview() && f.kind() != FindingKind.NEEDS_HUMAN_REVIEW
        ? " (" + l.get("findings.review") + ")" : "";
    return l.of(f.kind()) + ", " + l.of(citation.strength()) + party + ": " + l.of(f.message()) + review + " — "
        + citation(citation);
  }

  /**
   * Where the clauses cited by findings of both editions stand in each: sections renumbered or moved (the B-1 clauses
   * went to chapter 4 in the edition 3 draft), each with the rules cited from it. A finding whose clause moved but whose
   * text did not change is listed here rather than among the findings that change.
   */
  private void movedClauses(EditionComparison c) {
    Map<List<String>, java.util.SortedSet<String>> moves = new LinkedHashMap<>();
    Map<String, Finding> before = new HashMap<>();
    c.fromResult().findings().forEach(f -> before.putIfAbsent(f.id(), f));
    for (Finding g : c.toResult().findings()) {
      Finding f = before.get(g.id());
      if (f == null) {
        continue;
      }
      String from = l.of(c.fromResult().citation(f).clause());
      String to = l.of(c.toResult().citation(g).clause());
      moves.computeIfAbsent(List.of(from, to), k -> new java.util.TreeSet<>()).add(g.ruleId());
    }
    heading(2, l.get("comparison.clauses"));
    List<List<Cell>> rows = new ArrayList<>();
    moves.forEach((pair, rules) -> {
      if (!pair.get(0).equals(pair.get(1))) {
        rows.add(List.of(Cell.of(pair.get(0)), Cell.of(pair.get(1)), Cell.code(String.join(", ", rules))));
      }
    });
    if (rows.isEmpty()) {
      b.add(new Para(l.get("comparison.none"), Tone.PLAIN));
    } else {
      b.add(new Table(List.of(editionLabel(c.from(), l), editionLabel(c.to(), l), l.get("findings.rule")), rows));
    }
  }

  /**
   * The changes of the guideline's text that bear on a rule a finding that changes comes from: one only an edition
   * makes, or one both make that differs.
   */
  private void textChangesBehind(EditionComparison c, GuidelineChanges changes) {
    heading(2, l.get("comparison.textChanges"));
    List<List<Cell>> rows = new ArrayList<>();
    for (GuidelineChanges.TextChange t : changes.behind(c)) {
      rows.add(List.of(Cell.code(t.id()), Cell.of(l.of(t.kind())), Cell.of(l.of(t.topic())), Cell.of(t.fromLines()),
          Cell.of(t.toLines()), Cell.code(String.join(", ", t.rules())), Cell.of(l.of(t.note()))));
    }
    if (rows.isEmpty()) {
      b.add(new Para(l.get("comparison.none"), Tone.PLAIN));
    } else {
      b.add(new Table(List.of(l.get("changes.id"), l.get("changes.kind"), l.get("changes.topic"),
          l.get("changes.lines", "edition", editionLabel(c.from(), l)),
          l.get("changes.lines", "edition", editionLabel(c.to(), l)), l.get("changes.rules"), l.get("changes.note")),
          rows));
    }
  }

  private void missingFacts(List<MissingFact> missing) {
    if (missing.isEmpty()) {
      return;
    }
    heading(2, l.get("missing"));
    List<List<Cell>> rows = new ArrayList<>();
    for (MissingFact m : missing) {
      rows.add(List.of(Cell.code(m.pointer()), Cell.code(m.ruleId()), Cell.of(l.of(m.message()))));
    }
    b.add(new Table(List.of(l.get("missing.pointer"), l.get("missing.rule"), l.get("missing.message")), rows));
  }

  /** The flow's declarations that judge nothing (none in an answer recorded before they were reported). */
  private void unusedDeclarations(List<UnusedDeclaration> unused) {
    unused("unused", "missing.pointer", unused, u -> Cell.code(u.pointer()), UnusedDeclaration::control,
        UnusedDeclaration::reason);
  }

  /** The clauses no checklist item names (none in a check recorded before they were reported). */
  private void unusedClauses(List<UnusedClause> unused) {
    unused("unusedClauses", "checklist.clause", unused, u -> Cell.of(u.contract() + " " + u.clause()),
        UnusedClause::control, UnusedClause::reason);
  }

  /** A section of inputs that judge nothing: what each is, its control, and why. */
  private <T> void unused(String heading, String whatLabel, List<T> unused, java.util.function.Function<T, Cell> what,
      java.util.function.Function<T, org.demarc.model.ControlType> control,
      java.util.function.Function<T, org.demarc.model.result.Text> reason) {
    if (unused == null || unused.isEmpty()) {
      return;
    }
    heading(2, l.get(heading));
    List<List<Cell>> rows = new ArrayList<>();
    for (T u : unused) {
      rows.add(List.of(what.apply(u), Cell.code(control.apply(u).name()), Cell.of(l.of(reason.apply(u)))));
    }
    b.add(new Table(List.of(l.get(whatLabel), l.get("unused.control"), l.get("unused.reason")), rows));
  }

  // ----- cells

  private void heading(int level, String text) {
    b.add(new Heading(level, text));
  }

  /** Clause and title in the report's language, with the basis when it is not the seed text. */
  String citation(Citation c) {
    if (c == null) {
      return "";
    }
    String basis = switch (c.basis()) {
      case SEED -> "";
      case INTERPRETATION, RECALLED_UNVERIFIED -> " [" + l.get("basis." + c.basis().name()) + "]";
    };
    return l.of(c.clause()) + " — " + l.of(c.title()) + basis;
  }

  private Cell strength(Strength s) {
    return Cell.of(l.of(s));
  }

  private String scope(String segment, Threat threat) {
    if (segment == null && threat == null) {
      return l.get("flow");
    }
    return nullToEmpty(segment) + (segment != null && threat != null ? " / " : "") + (threat == null ? "" : l.of(threat));
  }

  private String scope(List<String> segments, List<Threat> threats) {
    if (segments.isEmpty() && threats.isEmpty()) {
      return l.get("flow");
    }
    String ts = threats.stream().map(l::of).collect(Collectors.joining(", "));
    return names(segments, l) + (!segments.isEmpty() && !threats.isEmpty() ? " / " : "") + ts;
  }

  private String concerns(Finding f) {
    List<String> parts = new ArrayList<>(3);
    if (f.party() != null) {
      parts.add(f.party());
    }
    if (f.segment() != null) {
      parts.add(f.segment());
    }
    if (f.threat() != null) {
      parts.add(l.of(f.threat()));
    }
    return String.join(" / ", parts);
  }

  static String channel(Segment s, Labels l) {
    if (s.channel() == null || !s.channelEncrypted()) {
      return l.get("path.noChannel");
    }
    return s.channel().protocol().name() + (s.channel().tlsVersion() == null ? "" : " " + s.channel().tlsVersion())
        + (Boolean.TRUE.equals(s.channel().clientAuthenticated()) ? ", " + l.get("path.clientAuth") : "");
  }

  private static Cell verdict(Verdict v, Labels l) {
    return new Cell(l.of(v) + " (" + v.name() + ")", switch (v) {
      case COMPLIANT -> Tone.GOOD;
      case COMPLIANT_WITH_CONDITIONS, NOT_COVERED_BY_EDITION, INSUFFICIENT_INFORMATION -> Tone.WARN;
      case NON_COMPLIANT, PROHIBITED -> Tone.BAD;
    });
  }

  private static Cell status(ControlStatus s, Strength strength, Labels l) {
    return new Cell(l.of(s), switch (s) {
      case SATISFIED -> Tone.GOOD;
      case MISSING -> strength == Strength.SHOULD ? Tone.WARN : Tone.BAD;
      case PLANNED, UNKNOWN -> Tone.WARN;
      case NOT_APPLICABLE -> Tone.PLAIN;
    });
  }

  /**
   * A control's status; a MUST control not in place whose absence is a condition for human review, not a failure (its
   * rule leaves the need to judgement, "必要に応じて"), says so, so that it does not read like one that fails the flow.
   */
  private static Cell status(RequiredControl c, Labels l) {
    if (c.effectIfMissing() == org.demarc.model.result.MissingEffect.CONDITION
        && (c.status() == ControlStatus.MISSING || c.status() == ControlStatus.UNKNOWN)) {
      return new Cell(l.of(c.status()) + " (" + l.get("findings.review") + ")", Tone.WARN);
    }
    return status(c.status(), c.strength(), l);
  }

  private static Cell status(ChecklistStatus s, Labels l) {
    return new Cell(l.of(s), switch (s) {
      case COVERED -> Tone.GOOD;
      case PARTIAL, WRONG_PARTY, WRONG_COUNTERPARTY, MISSING, CONTRACT_MISSING -> Tone.BAD;
      case NOT_APPLICABLE -> Tone.PLAIN;
    });
  }

  private static int statusOrder(ControlStatus s) {
    return switch (s) {
      case MISSING -> 0;
      case UNKNOWN -> 1;
      case PLANNED -> 2;
      case SATISFIED -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }

  static String editionLabel(Edition e, Labels l) {
    return "ja".equals(l.language()) ? e.labelJa() : e.labelEn();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** A segment's demarcation points, "from → to"; empty when the flow names neither, "?" for the one it leaves out. */
  private static String points(Segment s) {
    if (s.fromPoint() == null && s.toPoint() == null) {
      return "";
    }
    return (s.fromPoint() == null ? "?" : s.fromPoint()) + " → " + (s.toPoint() == null ? "?" : s.toPoint());
  }
}

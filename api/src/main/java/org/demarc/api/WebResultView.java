package org.demarc.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarc.model.DataFlow;
import org.demarc.model.Segment;
import org.demarc.model.result.Citation;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.Threat;
import org.demarc.report.Report;

/**
 * An evaluation as the web pages show it: the verdict, the diagram the reports draw, the responsible party for every
 * segment and threat, the controls grouped by party, and the findings with their citations.
 *
 * @param result the evaluation
 * @param decisionId its decision id (null for the sides of a comparison)
 * @param language "ja" or "en"
 * @param svg the flow's diagram (SVG markup the reports module draws, its texts escaped), or null
 * @param segments the path's segment ids, in order
 * @param matrix per segment, per threat: the responsible parties (partial and exempt marked)
 * @param controls the required controls by party
 * @param findingsById the findings by id (a control is cited with the variant that asks it)
 */
record WebResultView(EvaluationResult result, String decisionId, String language, String svg, List<String> segments,
    Map<String, Map<Threat, Cell>> matrix, Map<String, List<RequiredControl>> controls,
    Map<String, Finding> findingsById) {

  /**
   * One cell of the responsibility matrix.
   *
   * @param responsible responsible parties
   * @param partial parties responsible in part
   * @param exempt parties exempt
   */
  record Cell(List<String> responsible, List<String> partial, List<String> exempt) {}

  static WebResultView of(DataFlow flow, EvaluationResult r, String decisionId, String language) {
    String svg = Report.evaluation(flow, r, language).diagram().orElse(null);
    List<String> segments = new ArrayList<>();
    if (flow.segments() != null) {
      for (Segment s : flow.segments()) {
        segments.add(s.id());
      }
    }
    Map<String, Map<Threat, Cell>> matrix = new LinkedHashMap<>();
    for (String s : segments) {
      Map<Threat, Cell> row = new LinkedHashMap<>();
      for (Threat t : Threat.values()) {
        List<String> responsible = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> exempt = new ArrayList<>();
        for (SegmentThreat b : r.segmentThreats() == null ? List.<SegmentThreat>of() : r.segmentThreats()) {
          if (b.covers(s, t)) {
            responsible.addAll(b.responsible());
            partial.addAll(b.partial());
            exempt.addAll(b.exempt());
          }
        }
        row.put(t, new Cell(responsible, partial, exempt));
      }
      matrix.put(s, row);
    }
    Map<String, List<RequiredControl>> controls = new LinkedHashMap<>();
    for (RequiredControl c : r.controls() == null ? List.<RequiredControl>of() : r.controls()) {
      controls.computeIfAbsent(c.party() == null ? "—" : c.party(), p -> new ArrayList<>()).add(c);
    }
    return new WebResultView(r, decisionId, language, svg, segments, matrix, controls, r.findingsById());
  }

  /** Whether no segment and threat has a responsible party yet (the facts needed say why). */
  public boolean undecided() {
    return matrix.values().stream().flatMap(m -> m.values().stream())
        .allMatch(c -> c.responsible().isEmpty() && c.partial().isEmpty());
  }

  public List<Threat> threats() {
    return List.of(Threat.values());
  }

  public Citation citation(Finding f) {
    return result.citation(f);
  }

  public Citation citationOf(String ruleId) {
    return ruleId == null || result.rules() == null ? null : result.rules().get(ruleId);
  }

  /** A control's citation: its own variant's basis, not the rule's least certain one. */
  public Citation citationOf(RequiredControl c) {
    return result.citation(c, findingsById);
  }

  public String verdictClass() {
    return "verdict-" + result.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

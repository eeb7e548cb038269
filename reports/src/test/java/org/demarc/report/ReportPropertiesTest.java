package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.demarc.engine.DemarcEngine;
import org.demarc.engine.Explore;
import org.demarc.engine.FlowGen;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.Party;
import org.demarc.model.Segment;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingChange;
import org.demarc.model.result.MissingEffect;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report renders for every flow the engine judges, not only the scenarios: generated flows of every kind (see
 * {@code FlowGen} in the engine's tests), under both editions and in both languages. The HTML parses strictly, its
 * diagram shows every party and segment, every finding's rule appears; text and Markdown name the verdict; SARIF has
 * one result per open item, each naming a rule it lists.
 */
class ReportPropertiesTest {
  private static final DemarcEngine ENGINE = DemarcEngine.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyReportRendersForEveryFlow() {
    Explore.forAll(3141, 150, FlowGen::anyKind, ReportPropertiesTest::everyReportRendersFor);
  }

  private static boolean everyReportRendersFor(DataFlow flow) {
    for (Edition edition : List.of(Edition.E2007_V2, Edition.E2008_V3)) {
      EvaluationResult result = ENGINE.evaluate(flow, edition);
      ShownEncryption.agreesWithTheEngine(flow, result);
      for (String language : List.of("ja", "en")) {
        Report report = Report.evaluation(flow, result, language);
        Document doc = parsed(report, "HTML under " + edition + " in " + language);
        ResourceBundle labels = ResourceBundle.getBundle("org.demarc.report.labels", Locale.forLanguageTag(language));
        // a MUST control whose absence is only a condition for review reads as such, not as a failure
        long conditions = result.controls().stream().filter(c -> c.status() == ControlStatus.MISSING
            && c.effectIfMissing() == MissingEffect.CONDITION).count();
        String reviewStatus = labels.getString("ControlStatus.MISSING") + " (" + labels.getString("findings.review")
            + ")";
        assertThat(doc.select("td").eachText().stream().filter(reviewStatus::equals).count())
            .as("controls missing for review in %s", language).isEqualTo(conditions);
        List<String> codes = doc.select("table td code").eachText();
        result.findings().forEach(f -> assertThat(codes).as("finding %s", f.id()).contains(f.ruleId()));
        if (flow.segments() != null && !flow.segments().isEmpty()) {
          Element svg = doc.selectFirst("figure > svg");
          assertThat(svg).as("diagram").isNotNull();
          for (Party p : flow.parties()) {
            assertThat(svg.select("text[data-ref=party " + p.id() + "]")).as("party %s", p.id()).isNotEmpty();
          }
          for (Segment s : flow.segments()) {
            assertThat(svg.select("text[data-ref=segment " + s.id() + "]")).as("segment %s", s.id()).hasSize(1);
          }
        }
        assertThat(report.text()).contains(result.verdict().name());
        assertThat(report.markdown()).contains(result.verdict().name());
        List<OpenItem> open = OpenItem.of(result);
        // the verdict and the open items a pipeline fails on tell the same story
        boolean must = open.stream().anyMatch(o -> o.level() == OpenItem.Level.MUST);
        boolean review = open.stream().anyMatch(o -> o.level() == OpenItem.Level.REVIEW);
        switch (result.verdict()) {
          case COMPLIANT -> assertThat(must || review).as("open items of a compliant flow: %s", open).isFalse();
          case COMPLIANT_WITH_CONDITIONS -> assertThat(must || review).as("the conditions").isTrue();
          default -> assertThat(must).as("a MUST open item for %s", result.verdict()).isTrue();
        }
        // each open point once: a finding is not listed beside its own control open at the same level (a missing
        // fact keeps its own item, which points at the fact)
        java.util.Set<String> listed = open.stream().map(OpenItem::id).collect(java.util.stream.Collectors.toSet());
        for (org.demarc.model.result.RequiredControl c : result.controls()) {
          if (listed.contains(c.id()) && listed.contains(c.findingId())
              && result.findingsById().get(c.findingId()).kind() != org.demarc.model.result.FindingKind.MISSING_FACT) {
            OpenItem control = open.stream().filter(o -> o.id().equals(c.id())).findFirst().orElseThrow();
            OpenItem finding = open.stream().filter(o -> o.id().equals(c.findingId())).findFirst().orElseThrow();
            assertThat(finding.level()).as("%s listed beside its control %s", finding.id(), c.id())
                .isNotEqualTo(control.level());
          }
        }
        JsonNode sarif = JSON.valueToTree(Sarif.log(open, "flow.yaml", p -> 1, language, "1.0",
            Map.of("verdict", result.verdict().name())));
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("results")).hasSize(open.size());
        for (JsonNode r : run.get("results")) {
          assertThat(run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt()).get("id").asString())
              .isEqualTo(r.get("ruleId").asString());
        }
      }
    }
    EditionComparison c = ENGINE.compare(flow, Edition.E2007_V2, Edition.E2008_V3);
    for (String language : List.of("ja", "en")) {
      Report comparison = Report.comparison(flow, c, language);
      Document doc = parsed(comparison, "comparison HTML in " + language);
      String page = doc.text();
      ResourceBundle labels = ResourceBundle.getBundle("org.demarc.report.labels", Locale.forLanguageTag(language));
      // a finding that changes shows both editions' text, and what changes in the report's language
      for (FindingChange fc : c.changed()) {
        assertThat(page).as("%s before, %s", fc.id(), language).contains(fc.before().message().in(language));
        assertThat(page).as("%s after, %s", fc.id(), language).contains(fc.after().message().in(language));
        fc.changes().forEach(k -> assertThat(page).as("change %s in %s", k, language)
            .contains(labels.getString("comparison.change." + k)));
      }
      // every clause a finding of both editions is cited from, where it differs, is shown with where it went
      Element moved = doc.select("h2").stream()
          .filter(h -> h.text().equals(labels.getString("comparison.clauses"))).findFirst()
          .map(Element::nextElementSibling).orElseThrow(() -> new AssertionError("no clause section in " + language));
      Map<String, Finding> before = new java.util.HashMap<>();
      c.fromResult().findings().forEach(f -> before.put(f.id(), f));
      for (Finding g : c.toResult().findings()) {
        Finding f = before.get(g.id());
        String from = f == null ? null : c.fromResult().citation(f).clause().in(language);
        String to = c.toResult().citation(g).clause().in(language);
        if (from != null && !from.equals(to)) {
          assertThat(moved.select("tr").stream().filter(tr -> tr.text().contains(from) && tr.text().contains(to)
              && tr.select("code").text().contains(g.ruleId())))
              .as("%s moved from %s to %s, in %s", g.id(), from, to, language).isNotEmpty();
        }
      }
    }
    return true;
  }

  /** The report's HTML, parsed strictly; a parse error fails with what was being read. */
  private static Document parsed(Report report, String what) {
    try {
      return ReportTest.parseStrictly(report.html());
    } catch (Exception e) {
      throw new AssertionError(what + ": " + e.getMessage(), e);
    }
  }
}

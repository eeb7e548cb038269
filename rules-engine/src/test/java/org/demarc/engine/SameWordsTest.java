package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.junit.jupiter.api.Test;

/**
 * Matches of one rule variant about one subject are one finding per distinct message: the same words are reported
 * once, different words each get their own finding (with an id told apart by a hash of the words), however many
 * there are. Shown with a test rule firing once per recipient about the flow as a whole.
 */
class SameWordsTest {
  /** The classification rules and one test rule whose message names the recipient's group (index modulo a number). */
  private static KieDemarcEngine engine(int groups) {
    Map<String, String> sources = new TreeMap<>();
    RuleBase.sources(SameWordsTest.class.getClassLoader(), KieDemarcEngine.RULES_ROOT).forEach((path, drl) -> {
      if (path.contains("/common/")) {
        sources.put(path, drl);
      }
    });
    sources.put("org/demarc/rules/test/per-recipient.drl", "package org.demarc.rules.test;\n"
        + "import org.demarc.rules.facts.RecipientEntry;\n"
        + "global org.demarc.rules.support.Outcomes out;\n"
        + "rule \"G-6.11-B1-12 per recipient group [test]\"\n"
        + "  @id(\"G-6.11-B1-12\") @section(\"6.11-B1\") @since(\"E2007_V2\") @strength(\"SHOULD\") @basis(\"SEED\")\n"
        + "  @seed(\"P:L480-485\") @ja(\"受信先の組 {group}\") @en(\"recipient group {group}\")\n"
        + "when\n  $r: RecipientEntry()\nthen\n"
        + "  out.at(kcontext).arg(\"group\", String.valueOf($r.index() % " + groups + ")).info();\nend\n");
    return KieDemarcEngine.fromSources(Editions.ORDER, sources, Map.of());
  }

  private static DataFlow flow(int recipients) {
    StringBuilder yaml = new StringBuilder("""
        id: many
        legalForm: THIRD_PARTY_PROVISION
        data: {personal: true, medical: true}
        provider: hosp
        parties:
        - {id: hosp, roles: [PROVIDER]}
        """);
    for (int i = 0; i < recipients; i++) {
      yaml.append("- {id: r").append(i).append(", roles: [RECIPIENT]}\n");
    }
    yaml.append("recipients:\n");
    for (int i = 0; i < recipients; i++) {
      yaml.append("- {party: r").append(i).append(", identifiedInAdvance: true}\n");
    }
    return Scenarios.STRICT.readValue(yaml.toString(), DataFlow.class);
  }

  private static List<Finding> testFindings(EvaluationResult result) {
    return result.findings().stream().filter(f -> f.ruleId().equals("G-6.11-B1-12")).toList();
  }

  @Test
  void theSameWordsAreOneFindingAndDifferentWordsEachTheirOwn() {
    KieDemarcEngine engine = engine(12);
    // 3 recipients: three different messages; 30 recipients: twelve, each matched two or three times
    for (int recipients : List.of(1, 3, 30)) {
      List<Finding> findings = testFindings(engine.evaluate(flow(recipients), Edition.E2008_V3));
      int distinct = Math.min(recipients, 12);
      assertThat(findings).hasSize(distinct);
      assertThat(findings.stream().map(f -> f.message().en()).collect(Collectors.toSet()))
          .hasSize(distinct)
          .allSatisfy(m -> assertThat(m).startsWith("recipient group "));
      assertThat(findings.stream().map(Finding::id).collect(Collectors.toSet())).hasSize(distinct);
      if (distinct > 1) {
        assertThat(findings).allSatisfy(f -> assertThat(f.id()).contains("~"));
      } else {
        assertThat(findings.get(0).id()).doesNotContain("~");
      }
    }
  }

  @Test
  void manyMatchesWithTheSameWordsAreOneFinding() {
    List<Finding> findings = testFindings(engine(1).evaluate(flow(40), Edition.E2008_V3));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message().en()).isEqualTo("recipient group 0"));
  }
}

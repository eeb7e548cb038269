package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.model.ControlType;
import org.demarc.model.Edition;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.Strength;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * For every scenario, the whole answer's verdict, controls and responsibilities are expected exactly ({@code exact/}):
 * an extra or a missing one fails, where the scenario files check the parts that matter as subsets. The answers are
 * recorded with {@code -Ddemarc.recordExact=true}; a rule change re-records them and its diff shows every answer the
 * change moves, to be read against the seed.
 */
class ExactScenarioTest {
  static final Path EXACT = Path.of("src/test/resources/exact");

  /** The whole answer of one scenario under each edition. */
  record Exact(String scenario, Map<Edition, Answer> editions) {}

  /** What is expected exactly. */
  record Answer(Verdict verdict, List<Control> controls, List<Responsibility> responsibilities) {}

  /** A control of the answer. */
  record Control(String rule, ControlType control, String party, String segment, SubjectKind subject, Threat threat,
      ControlStatus status, Strength strength) {}

  /** A responsibility of the answer. */
  record Responsibility(String rule, String party, ResponsibilityType type, String segment, Threat threat) {}

  @TestFactory
  List<DynamicTest> exactAnswers() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (var files = Files.list(EXACT)) {
      for (Path file : files.sorted().toList()) {
        Exact exact = Scenarios.STRICT.readValue(file.toFile(), Exact.class);
        Scenario scenario = scenario(exact.scenario());
        exact.editions().forEach((edition, answer) -> tests.add(DynamicTest.dynamicTest(
            exact.scenario() + " [" + edition + "]", () -> {
              Answer actual = answer(ScenarioTest.ENGINE.evaluate(scenario.given(), edition));
              assertThat(actual.verdict()).isEqualTo(answer.verdict());
              assertThat(Set.copyOf(actual.controls())).as("controls, exactly").isEqualTo(Set.copyOf(answer.controls()));
              assertThat(Set.copyOf(actual.responsibilities())).as("responsibilities, exactly")
                  .isEqualTo(Set.copyOf(answer.responsibilities()));
            })));
      }
    }
    assertThat(tests).as("every scenario run has its exact answer").hasSize(
        Scenarios.files().stream().mapToInt(f -> Scenarios.read(f).editions().size()).sum());
    return tests;
  }

  /**
   * Writes an exact file for every scenario from the engine's current answers ({@code -Ddemarc.recordExact=true}); a
   * change to a rule then shows, file by file, exactly which answers it changes.
   */
  @Test
  @EnabledIfSystemProperty(named = "demarc.recordExact", matches = "true")
  void record() throws Exception {
    for (Path file : Scenarios.files()) {
      String name = file.getFileName().toString().replace(".yaml", "");
      Scenario scenario = scenario(name);
      StringBuilder out = new StringBuilder("# The whole answer for scenario " + name + ", recorded by ExactScenarioTest.\n");
      out.append("scenario: ").append(name).append("\neditions:\n");
      for (Edition edition : scenario.editions()) {
        Answer a = answer(ScenarioTest.ENGINE.evaluate(scenario.given(), edition));
        out.append("  ").append(edition).append(":\n    verdict: ").append(a.verdict()).append("\n    controls:");
        out.append(a.controls().isEmpty() ? " []\n" : "\n");
        for (Control c : a.controls()) {
          out.append("    - ").append(flow("rule", c.rule(), "control", c.control(), "party", c.party(), "segment",
              c.segment(), "subject", c.subject(), "threat", c.threat(), "status", c.status(), "strength", c.strength()));
        }
        out.append("    responsibilities:").append(a.responsibilities().isEmpty() ? " []\n" : "\n");
        for (Responsibility r : a.responsibilities()) {
          out.append("    - ").append(flow("rule", r.rule(), "party", r.party(), "type", r.type(), "segment", r.segment(),
              "threat", r.threat()));
        }
      }
      Files.writeString(EXACT.resolve(name + ".yaml"), out.toString());
    }
  }

  /** One line of flow-style YAML, leaving out nulls; values quoted as JSON strings. */
  private static String flow(Object... namesAndValues) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        parts.add(namesAndValues[i] + ": \"" + String.valueOf(namesAndValues[i + 1]).replace("\\", "\\\\")
            .replace("\"", "\\\"") + "\"");
      }
    }
    return "{" + String.join(", ", parts) + "}\n";
  }

  private static Scenario scenario(String name) {
    return Scenarios.read(Scenarios.files().stream().filter(p -> p.getFileName().toString().equals(name + ".yaml"))
        .findFirst().orElseThrow(() -> new AssertionError("no scenario " + name)));
  }

  private static Answer answer(EvaluationResult r) {
    List<Control> controls = r.controls().stream().map(c -> new Control(c.ruleId(), c.control(), c.party(), c.segment(),
        c.subjectKind(), c.threat(), c.status(), c.strength())).sorted(Comparator.comparing(Object::toString)).toList();
    List<Responsibility> responsibilities = Expanded.responsibilities(r).stream().map(x -> new Responsibility(x.ruleId(),
        x.party(), x.type(), x.segment(), x.threat())).distinct().sorted(Comparator.comparing(Object::toString)).toList();
    return new Answer(r.verdict(), controls, responsibilities);
  }
}

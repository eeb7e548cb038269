package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * For the scenarios under {@code exact/}, the whole answer's controls and responsibilities are expected exactly: an
 * extra or a missing one fails (the scenario files themselves check the parts that matter as subsets). The lists are
 * recorded with {@code -Ddemarc.recordExact=true} and read against the seed before they are committed.
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
    assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
    return tests;
  }

  /** Rewrites every exact file from the engine's current answers. */
  @Test
  @EnabledIfSystemProperty(named = "demarc.recordExact", matches = "true")
  void record() throws Exception {
    YAMLMapper yaml = YAMLMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)).build();
    try (var files = Files.list(EXACT)) {
      for (Path file : files.sorted().toList()) {
        Exact exact = Scenarios.STRICT.readValue(file.toFile(), Exact.class);
        Scenario scenario = scenario(exact.scenario());
        Map<Edition, Answer> answers = new TreeMap<>();
        for (Edition edition : scenario.editions()) {
          answers.put(edition, answer(ScenarioTest.ENGINE.evaluate(scenario.given(), edition)));
        }
        Files.writeString(file, "# The whole answer for scenario " + exact.scenario() + ", recorded by ExactScenarioTest "
            + "and read against the seed.\n" + yaml.writeValueAsString(new Exact(exact.scenario(), answers)));
      }
    }
  }

  private static Scenario scenario(String name) {
    return Scenarios.read(Scenarios.files().stream().filter(p -> p.getFileName().toString().equals(name + ".yaml"))
        .findFirst().orElseThrow(() -> new AssertionError("no scenario " + name)));
  }

  private static Answer answer(EvaluationResult r) {
    List<Control> controls = r.controls().stream().map(c -> new Control(c.ruleId(), c.control(), c.party(), c.segment(),
        c.subjectKind(), c.threat(), c.status(), c.strength())).sorted(Comparator.comparing(Object::toString)).toList();
    List<Responsibility> responsibilities = r.responsibilities().stream().map(x -> new Responsibility(x.ruleId(),
        x.party(), x.type(), x.segment(), x.threat())).distinct().sorted(Comparator.comparing(Object::toString)).toList();
    return new Answer(r.verdict(), controls, responsibilities);
  }
}

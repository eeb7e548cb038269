package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.SegmentThreat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario file under every edition it names. */
class ScenarioTest {
  static final DemarcEngine ENGINE = DemarcEngine.create();

  @TestFactory
  Stream<DynamicTest> scenarios() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Scenarios.files()) {
      Scenario scenario = Scenarios.read(file);
      for (Edition edition : scenario.editions()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " [" + edition + "]: " + scenario.description(),
            () -> {
              EvaluationResult result = ENGINE.evaluate(scenario.given(), edition);
              check(scenario, result);
              // the rules that apply, asked without building the answer, are the rules the answer cites
              assertThat(ENGINE.applicableRules(scenario.given(), edition)).isEqualTo(result.firedRules());
            }));
      }
    }
    assertThat(tests).as("scenario runs").hasSizeGreaterThanOrEqualTo(40);
    return tests.stream();
  }

  static void check(Scenario scenario, EvaluationResult result) {
    Scenario.Expect e = scenario.expect();
    String context = "\n" + scenario.description() + "\nverdict=" + result.verdict() + " reasons=" + result.verdictReasons().stream().map(t -> t.en()).toList()
        + "\nfired=" + result.firedRules() + "\nmissing=" + result.missingFacts().stream().map(MissingFact::pointer).toList();
    assertThat(result.edition()).isEqualTo(result.provenance().edition());
    // The same finding is never reported twice, and ids are unique without numbering.
    assertThat(result.findings().stream().map(f -> List.of(f.ruleId(), f.kind(), String.valueOf(f.party()),
        String.valueOf(f.segment()), f.message())).toList()).as("findings reported once" + context).doesNotHaveDuplicates();
    assertThat(result.findings()).as("finding ids" + context).noneMatch(f -> f.id().contains("#"));
    assertThat(result.missingFacts()).as("missing facts listed once" + context).doesNotHaveDuplicates();
    // Every subject is typed and names something the flow declares: a segment, a taken-out item or a remote login.
    org.demarc.model.DataFlow flow = scenario.given();
    List<String> subjects = new ArrayList<>();
    result.findings().forEach(f -> subjects.add(subject(flow, f.segment(), f.subjectKind())));
    result.controls().forEach(c -> subjects.add(subject(flow, c.segment(), c.subjectKind())));
    Expanded.responsibilities(result).forEach(r -> subjects.add(subject(flow, r.segment(), r.subjectKind())));
    assertThat(subjects).as("typed subjects" + context).allMatch(String::isEmpty);
    // Under a prohibition no control is presented as a condition that would make the flow compliant.
    if (result.verdict() == org.demarc.model.result.Verdict.PROHIBITED) {
      assertThat(result.controls()).as("no conditions under a prohibition" + context)
          .noneMatch(c -> c.effectIfMissing() == org.demarc.model.result.MissingEffect.CONDITION);
    }
    if (e.verdict() != null) {
      assertThat(result.verdict()).as("verdict" + context).isEqualTo(e.verdict());
    }
    if (e.fired() != null) {
      assertThat(result.firedRules()).as("fired" + context).containsAll(e.fired());
    }
    if (e.notFired() != null) {
      assertThat(result.firedRules()).as("not fired" + context).doesNotContainAnyElementsOf(e.notFired());
    }
    if (e.missingFacts() != null) {
      assertThat(result.missingFacts().stream().map(MissingFact::pointer).toList())
          .as("missing facts" + context).containsAll(e.missingFacts());
    }
    if (e.absentMissingFacts() != null) {
      assertThat(result.missingFacts().stream().map(MissingFact::pointer).toList())
          .as("facts not missing" + context).doesNotContainAnyElementsOf(e.absentMissingFacts());
    }
    if (e.unusedDeclarations() != null) {
      assertThat(result.unusedDeclarations().stream().map(org.demarc.model.result.UnusedDeclaration::pointer).toList())
          .as("unused declarations" + context).containsExactlyInAnyOrderElementsOf(e.unusedDeclarations());
    }
    for (Scenario.ExpectedResponsibility r : nn(e.responsibilities())) {
      assertThat(Expanded.responsibilities(result)).as("responsibility " + r + context + "\nhave " + result.responsibilities())
          .anyMatch(a -> matches(r, a));
    }
    for (Scenario.ExpectedResponsibility r : nn(e.absentResponsibilities())) {
      assertThat(Expanded.responsibilities(result)).as("absent responsibility " + r + context).noneMatch(a -> matches(r, a));
    }
    for (Scenario.ExpectedControl c : nn(e.controls())) {
      assertThat(result.controls()).as("control " + c + context + "\nhave " + summary(result.controls()))
          .anyMatch(a -> matches(c, a));
    }
    for (Scenario.ExpectedControl c : nn(e.absentControls())) {
      assertThat(result.controls()).as("absent control " + c + context).noneMatch(a -> matches(c, a));
    }
    for (Scenario.ExpectedFinding f : nn(e.findings())) {
      assertThat(result.findings()).as("finding " + f + context).anyMatch(a -> matches(f, a, result.citation(a)));
    }
    if (e.matrixThreats() != null) {
      assertThat(new TreeSet<>(Expanded.threats(result)))
          .as("threats in the matrix" + context).isEqualTo(new TreeSet<>(e.matrixThreats()));
    }
    for (Scenario.ExpectedCell cell : nn(e.segmentThreats())) {
      Expanded.Cell actual = Expanded.matrix(result).stream()
          .filter(s -> s.segment().equals(cell.segment()) && s.threat() == cell.threat())
          .findFirst().orElse(null);
      assertThat(actual).as("matrix cell " + cell + context + "\n" + result.segmentThreats()).isNotNull();
      if (cell.responsible() != null) {
        assertThat(actual.responsible()).as("responsible in " + cell).containsExactlyInAnyOrderElementsOf(cell.responsible());
      }
      if (cell.partial() != null) {
        assertThat(actual.partial()).as("partial in " + cell).containsExactlyInAnyOrderElementsOf(cell.partial());
      }
      if (cell.exempt() != null) {
        assertThat(actual.exempt()).as("exempt in " + cell).containsExactlyInAnyOrderElementsOf(cell.exempt());
      }
    }
  }

  /** "" when the subject is typed and declared in the flow, else what is wrong. */
  private static String subject(org.demarc.model.DataFlow flow, String id, org.demarc.model.result.SubjectKind kind) {
    if (id == null) {
      return kind == null ? "" : "kind " + kind + " without an id";
    }
    if (kind == null) {
      return "untyped subject " + id;
    }
    boolean declared = switch (kind) {
      case SEGMENT -> flow.segments() != null && flow.segments().stream().anyMatch(s -> id.equals(s.id()));
      case TAKEN_OUT_ITEM -> flow.takeOut() != null && flow.takeOut().items() != null
          && flow.takeOut().items().stream().anyMatch(i -> id.equals(i.id()));
      case REMOTE_LOGIN -> flow.remoteLogins() != null && flow.remoteLogins().stream().anyMatch(l -> id.equals(l.id()));
      case CONTRACT -> false;
    };
    return declared ? "" : kind + " " + id + " is not declared in the flow";
  }

  private static List<String> summary(List<RequiredControl> controls) {
    return controls.stream().map(c -> c.control() + "/" + c.party() + "/" + c.segment() + "/" + c.status()).toList();
  }

  private static boolean matches(Scenario.ExpectedResponsibility e, Expanded.Resp a) {
    return eq(e.party(), a.party()) && eq(e.type(), a.type()) && eq(e.segment(), a.segment())
        && eq(e.threat(), a.threat()) && eq(e.rule(), a.ruleId())
        && (e.scopeContains() == null || a.scope().ja().contains(e.scopeContains())
            || a.scope().en().contains(e.scopeContains()));
  }

  private static boolean matches(Scenario.ExpectedControl e, RequiredControl a) {
    return eq(e.control(), a.control()) && eq(e.party(), a.party()) && eq(e.segment(), a.segment())
        && eq(e.threat(), a.threat()) && eq(e.status(), a.status()) && eq(e.strength(), a.strength())
        && eq(e.rule(), a.ruleId()) && eq(e.effect(), a.effectIfMissing());
  }

  private static boolean matches(Scenario.ExpectedFinding e, Finding a, org.demarc.model.result.Citation citation) {
    return eq(e.rule(), a.ruleId()) && eq(e.kind(), a.kind()) && eq(e.party(), a.party())
        && eq(e.segment(), a.segment()) && eq(e.subject(), a.subjectKind()) && eq(e.needsHumanReview(), a.needsHumanReview())
        && eq(e.basis(), citation.basis())
        && (e.messageContains() == null || a.message().ja().contains(e.messageContains())
            || a.message().en().contains(e.messageContains()))
        && (e.clauseContains() == null || citation.clause().ja().contains(e.clauseContains())
            || citation.clause().en().contains(e.clauseContains()));
  }

  private static boolean eq(Object expected, Object actual) {
    return expected == null || Objects.equals(expected, actual);
  }

  private static <T> List<T> nn(List<T> list) {
    return list == null ? List.of() : list;
  }
}

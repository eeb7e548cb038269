package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingChange;
import org.demarc.model.result.Responsibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every comparison scenario: the same flow under two editions, and what changes between them. */
class ComparisonScenarioTest {

  static List<Path> files() {
    return Scenarios.files("comparisons");
  }

  @TestFactory
  Stream<DynamicTest> comparisons() {
    List<Path> files = files();
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ComparisonScenario s = Scenarios.STRICT.readValue(file.toFile(), ComparisonScenario.class);
      EditionComparison c = ScenarioTest.ENGINE.compare(s.given(), s.from(), s.to());
      ComparisonScenario.Expect e = s.expect();
      String context = "\nadded=" + c.added().stream().map(Finding::id).toList()
          + "\nremoved=" + c.removed().stream().map(Finding::id).toList()
          + "\nchanged=" + c.changed().stream().map(x -> x.id() + x.changes()).toList();
      assertThat(c.from()).isEqualTo(s.from());
      assertThat(c.to()).isEqualTo(s.to());
      assertThat(c.fromVerdict()).as("from verdict" + context).isEqualTo(e.fromVerdict());
      assertThat(c.toVerdict()).as("to verdict" + context).isEqualTo(e.toVerdict());
      assertThat(c.verdictChanged()).isEqualTo(e.fromVerdict() != e.toVerdict());
      if (e.added() != null) {
        assertThat(c.added().stream().map(Finding::ruleId).toList()).as("added" + context).containsAll(e.added());
        c.added().forEach(f -> assertThat(c.toResult().citation(f).edition()).isEqualTo(s.to()));
      }
      if (e.removed() != null) {
        assertThat(c.removed().stream().map(Finding::ruleId).toList()).as("removed" + context).containsAll(e.removed());
        c.removed().forEach(f -> assertThat(c.fromResult().citation(f).edition()).isEqualTo(s.from()));
      }
      if (e.changed() != null) {
        assertThat(c.changed().stream().map(x -> x.after().ruleId()).toList()).as("changed" + context)
            .containsAll(e.changed());
        for (FindingChange x : c.changed()) {
          assertThat(c.fromResult().citation(x.before()).edition()).isEqualTo(s.from());
          assertThat(c.toResult().citation(x.after()).edition()).isEqualTo(s.to());
        }
      }
      for (ComparisonScenario.Moved m : nn(e.responsibilitiesAdded())) {
        assertThat(Expanded.responsibilities(c.responsibilitiesAdded())).as("responsibility added " + m).anyMatch(r -> matches(m, r));
      }
      for (ComparisonScenario.Moved m : nn(e.responsibilitiesRemoved())) {
        assertThat(Expanded.responsibilities(c.responsibilitiesRemoved())).as("responsibility removed " + m).anyMatch(r -> matches(m, r));
      }
    }));
  }

  private static boolean matches(ComparisonScenario.Moved m, Expanded.Resp r) {
    return (m.party() == null || m.party().equals(r.party())) && (m.type() == null || m.type() == r.type())
        && (m.segment() == null || m.segment().equals(r.segment())) && (m.threat() == null || Objects.equals(m.threat(), r.threat()));
  }

  private static <T> List<T> nn(List<T> l) {
    return l == null ? List.of() : l;
  }
}

package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.model.Edition;
import org.demarc.model.result.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** Every rule of every edition is expected to fire in some scenario and expected not to fire in another. */
class RuleCoverageTest {

  @Test
  void everyRuleIsExpectedToFireSomewhereAndNotToFireElsewhere() {
    Map<Edition, Set<String>> fired = new HashMap<>();
    Map<Edition, Set<String>> notFired = new HashMap<>();
    for (Path file : Scenarios.files()) {
      Scenario s = Scenarios.read(file);
      for (Edition edition : s.editions()) {
        if (s.expect().fired() != null) {
          fired.computeIfAbsent(edition, k -> new HashSet<>()).addAll(s.expect().fired());
        }
        if (s.expect().notFired() != null) {
          notFired.computeIfAbsent(edition, k -> new HashSet<>()).addAll(s.expect().notFired());
        }
      }
    }
    for (Path file : ContractScenarioTest.files()) {
      ContractScenario s = ContractScenarioTest.read(file);
      for (Edition edition : s.editions()) {
        if (s.expect().fired() != null) {
          fired.computeIfAbsent(edition, k -> new HashSet<>()).addAll(s.expect().fired());
        }
        if (s.expect().notFired() != null) {
          notFired.computeIfAbsent(edition, k -> new HashSet<>()).addAll(s.expect().notFired());
        }
      }
    }
    List<String> uncovered = new ArrayList<>();
    for (Edition edition : ScenarioTest.ENGINE.editions()) {
      for (RuleDescriptor rule : ScenarioTest.ENGINE.rules(edition)) {
        if (!fired.getOrDefault(edition, Set.of()).contains(rule.id())) {
          uncovered.add(rule.id() + " is expected to fire in no " + edition + " scenario");
        }
        if (!notFired.getOrDefault(edition, Set.of()).contains(rule.id())) {
          uncovered.add(rule.id() + " is expected not to fire in no " + edition + " scenario");
        }
      }
    }
    assertThat(uncovered).isEmpty();
  }

  /**
   * Every variant of every rule (each DRL rule, not just each id) fires in some scenario, and stays silent in some
   * scenario where another rule of its own section fires, so a variant cannot pass unexercised behind its id.
   */
  @Test
  void everyRuleVariantFiresSomewhereAndIsSilentWhereItsSectionApplies() {
    KieDemarcEngine engine = (KieDemarcEngine) ScenarioTest.ENGINE;
    List<String> uncovered = new ArrayList<>();
    for (Edition edition : engine.editions()) {
      List<Set<String>> runs = new ArrayList<>();
      for (Path file : Scenarios.files()) {
        Scenario s = Scenarios.read(file);
        if (s.editions().contains(edition)) {
          runs.add(names(engine.fire(s.given(), edition)));
        }
      }
      for (Path file : ContractScenarioTest.files()) {
        ContractScenario s = ContractScenarioTest.read(file);
        if (s.editions().contains(edition)) {
          runs.add(names(s.contract() != null ? engine.fire(s.contract(), edition) : engine.fire(s.given(), edition)));
        }
      }
      // A rule's section applies where another rule of the same chapter (6.9, 6.10, 6.11) fires; a rule that is the
      // only one of its chapter in the edition may be silent anywhere.
      Map<String, String> chapterOf = new HashMap<>();
      Map<String, Integer> rulesPerChapter = new HashMap<>();
      for (RuleMeta meta : engine.ruleMetas(edition)) {
        chapterOf.put(meta.name(), chapter(meta.section()));
        if (!meta.classification()) {
          rulesPerChapter.merge(chapter(meta.section()), 1, Integer::sum);
        }
      }
      for (RuleMeta meta : engine.ruleMetas(edition)) {
        if (meta.classification()) {
          continue;
        }
        String name = meta.name();
        if (runs.stream().noneMatch(r -> r.contains(name))) {
          uncovered.add("`" + name + "` fires in no " + edition + " scenario");
        }
        String chapter = chapter(meta.section());
        boolean alone = rulesPerChapter.get(chapter) == 1;
        boolean silentWhereSectionApplies = runs.stream().anyMatch(r -> !r.contains(name)
            && (alone || r.stream().anyMatch(other -> !other.equals(name) && chapter.equals(chapterOf.get(other)))));
        if (!silentWhereSectionApplies) {
          uncovered.add("`" + name + "` is silent in no " + edition + " scenario where its chapter " + chapter
              + " applies");
        }
      }
    }
    assertThat(uncovered).isEmpty();
  }

  private static Set<String> names(List<org.demarc.rules.support.Activation> activations) {
    Set<String> names = new HashSet<>();
    activations.forEach(a -> names.add(a.ruleName()));
    return names;
  }

  /** The chapter of a section: 6.11-B1 → 6.11; the contract checklist counts as 6.11. */
  static String chapter(String section) {
    int dash = section.indexOf('-');
    return dash < 0 ? section : section.substring(0, dash);
  }

  @Test
  void scenariosNameOnlyRulesThatExist() {
    List<String> unknown = new ArrayList<>();
    for (Path file : Scenarios.files()) {
      Scenario s = Scenarios.read(file);
      List<String> named = new ArrayList<>();
      if (s.expect().fired() != null) {
        named.addAll(s.expect().fired());
      }
      for (Edition edition : s.editions()) {
        for (String id : named) {
          if (ScenarioTest.ENGINE.rule(edition, id).isEmpty()) {
            unknown.add(file.getFileName() + ": " + id + " is not a rule of " + edition);
          }
        }
      }
      // A rule expected not to fire must exist in one of the scenario's editions (a typo never passes silently).
      for (String id : s.expect().notFired() == null ? List.<String>of() : s.expect().notFired()) {
        if (s.editions().stream().allMatch(edition -> ScenarioTest.ENGINE.rule(edition, id).isEmpty())) {
          unknown.add(file.getFileName() + ": " + id + " (expected not to fire) is a rule of none of its editions");
        }
      }
    }
    assertThat(unknown).isEmpty();
  }
}

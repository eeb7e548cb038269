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
    }
    assertThat(unknown).isEmpty();
  }
}

package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.demarc.model.Edition;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ContractCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every contract scenario under every edition it names. */
class ContractScenarioTest {

  static List<Path> files() {
    return Scenarios.files("contracts");
  }

  static ContractScenario read(Path file) {
    ContractScenario s = Scenarios.STRICT.readValue(file.toFile(), ContractScenario.class);
    if ((s.contract() == null) == (s.given() == null)) {
      throw new IllegalArgumentException(file + ": give either a flow with contracts, or one contract");
    }
    return s;
  }

  /** The rule ids that fired: for a review, the checklist rules behind the items. */
  static List<String> fired(ContractCheck c) {
    List<String> ids = new ArrayList<>();
    c.items().forEach(i -> {
      if (i.citation() != null) {
        ids.add(i.citation().ruleId());
      }
    });
    if (c.flowResult() != null) {
      ids.addAll(c.flowResult().firedRules());
    }
    return ids;
  }

  @TestFactory
  Stream<DynamicTest> contractScenarios() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> files = files();
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      ContractScenario s = read(file);
      for (Edition edition : s.editions()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " [" + edition + "]: " + s.description(), () -> {
          ContractCheck c = s.contract() != null
              ? ScenarioTest.ENGINE.reviewContract(s.contract(), edition)
              : ScenarioTest.ENGINE.checkContracts(s.given(), s.contracts(), edition);
          String context = "\nverdict=" + c.verdict() + "\nitems=" + c.items().stream()
              .map(i -> i.checklistItem() + "/" + i.control() + "/" + i.party() + "/" + i.segment() + "/" + i.status()).toList();
          ContractScenario.Expect e = s.expect();
          assertThat(c.verdict()).as("verdict" + context).isEqualTo(e.verdict());
          assertThat(c.reasons()).isNotEmpty();
          if (e.flowVerdict() != null) {
            assertThat(c.flowResult().verdict()).as("flow verdict with contracts" + context).isEqualTo(e.flowVerdict());
          }
          if (e.fired() != null) {
            assertThat(fired(c)).as("fired" + context).containsAll(e.fired());
          }
          if (e.notFired() != null) {
            assertThat(fired(c)).as("not fired" + context).doesNotContainAnyElementsOf(e.notFired());
          }
          for (ContractScenario.Item item : e.items() == null ? List.<ContractScenario.Item>of() : e.items()) {
            assertThat(c.items()).as("item " + item + context).anyMatch(i -> matches(item, i));
          }
          for (ContractScenario.Item item : e.absentItems() == null ? List.<ContractScenario.Item>of() : e.absentItems()) {
            assertThat(c.items()).as("absent item " + item + context).noneMatch(i -> matches(item, i));
          }
          if (e.unusedClauses() != null) {
            assertThat(c.unusedClauses().stream().map(u -> u.contract() + " " + u.clause()).toList())
                .as("unused clauses" + context).containsExactlyInAnyOrderElementsOf(e.unusedClauses());
          }
          c.unusedClauses().forEach(u -> {
            assertThat(u.reason().ja()).as("reason of unused clause " + u).isNotBlank().doesNotContain("{");
            assertThat(u.reason().en()).as("reason of unused clause " + u).isNotBlank().doesNotContain("{");
          });
          c.items().stream().filter(i -> i.control() != null).forEach(i -> {
            assertThat(i.citation()).as("citation of " + i.id()).isNotNull();
            assertThat(i.citation().edition()).isEqualTo(edition);
            assertThat(i.message().ja()).isNotBlank();
            assertThat(i.message().en()).isNotBlank();
          });
        }));
      }
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void everyChecklistItemIsShownCoveredAndMissing() {
    java.util.Map<String, java.util.Set<org.demarc.model.result.ChecklistStatus>> seen = new java.util.TreeMap<>();
    for (Path file : files()) {
      ContractScenario.Expect e = read(file).expect();
      for (ContractScenario.Item i : e.items() == null ? List.<ContractScenario.Item>of() : e.items()) {
        String cc = i.checklistItem() != null ? i.checklistItem() : i.control() == null ? null : i.control().checklistItem();
        if (cc != null && i.status() != null) {
          seen.computeIfAbsent(cc, k -> java.util.EnumSet.noneOf(org.demarc.model.result.ChecklistStatus.class)).add(i.status());
        }
      }
    }
    for (String cc : List.of("CC-01", "CC-02", "CC-03", "CC-03b", "CC-04", "CC-05", "CC-06", "CC-07", "CC-09", "CC-16")) {
      assertThat(seen.get(cc)).as(cc + " expected covered and missing somewhere")
          .contains(org.demarc.model.result.ChecklistStatus.COVERED, org.demarc.model.result.ChecklistStatus.MISSING);
    }
  }

  private static boolean matches(ContractScenario.Item e, ChecklistItem a) {
    return eq(e.checklistItem(), a.checklistItem()) && eq(e.control(), a.control()) && eq(e.party(), a.party())
        && eq(e.segment(), a.segment()) && eq(e.status(), a.status()) && eq(e.strength(), a.strength())
        && eq(e.contract(), a.contract())
        && (e.messageContains() == null || a.message().en().contains(e.messageContains()));
  }

  private static boolean eq(Object expected, Object actual) {
    return expected == null || Objects.equals(expected, actual);
  }
}

package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.Verdict;
import org.demarc.model.result.VerdictPolicy;
import org.junit.jupiter.api.Test;

/**
 * README: a fact left out never reads better than the facts given ("the reading that asks more"). Every scenario,
 * under each of its editions, with each one of its facts, and each group of facts given as one object (a channel,
 * the object security, the consent, ...), left out in turn ({@link FactRemoval}): a flow that fails
 * stays at "insufficient information" or worse, and one compliant only on conditions (a point for review, an agreement
 * still planned) or not covered by the edition never reads better. The generated flows of {@code FlowPropertiesTest}
 * seldom reach the review points the curated scenarios are written for; this walks all of them.
 */
class ScenarioFactRemovalTest {
  private static final DemarcEngine ENGINE = ScenarioTest.ENGINE;

  /**
   * Facts the README says are judged only when given: how the key travels (that it must not travel with the data is
   * Demarc's reading, not the seed's text, so leaving it out is not asked for), and the flow's purpose (it says what
   * the flow is: one that does not say it stores information elsewhere gets no pointer to chapter 8).
   */
  private static final Set<String> READINGS = Set.of("/objectSecurity/keyDelivery", "/purpose");

  /**
   * Groups whose absence changes what the flow says rather than what is known of it: a flow without {@code emergency}
   * describes no emergency, one without {@code takeOut} takes nothing out (a staff access whose terminal is not
   * described is flagged for review, README: kinds of flow).
   */
  private static final Set<String> SAYS_WHAT_THE_FLOW_IS = Set.of("/emergency", "/takeOut");

  /** Whether leaving out the fact at {@code pointer} is set aside: judged only when given, or saying what the flow is. */
  private static boolean setAside(DataFlow flow, String pointer) {
    return READINGS.contains(pointer) || SAYS_WHAT_THE_FLOW_IS.contains(pointer)
        || FlowPropertiesTest.oneToOneIdentification(flow, pointer)
        || FlowPropertiesTest.breakGlassOutsideAnEmergency(flow, pointer);
  }

  @Test
  void aFactLeftOutOfAScenarioNeverReadsBetter() {
    int insufficient = VerdictPolicy.LADDER.indexOf(Verdict.INSUFFICIENT_INFORMATION);
    List<String> better = new ArrayList<>();
    int checked = 0;
    Map<String, DataFlow> flows = new LinkedHashMap<>();
    Map<String, List<Edition>> editions = new HashMap<>();
    for (Path file : Scenarios.files()) {
      Scenario scenario = Scenarios.read(file);
      flows.put(file.getFileName().toString(), scenario.given());
      editions.put(file.getFileName().toString(), scenario.editions());
    }
    for (Path file : ContractScenarioTest.files()) { // the flows procurement checks its contracts against, too
      ContractScenario scenario = ContractScenarioTest.read(file);
      if (scenario.given() != null) {
        flows.put("contracts/" + file.getFileName(), scenario.given());
        editions.put("contracts/" + file.getFileName(), scenario.editions());
      }
    }
    for (var entry : flows.entrySet()) {
      String name = entry.getKey();
      DataFlow flow = entry.getValue();
      List<FactRemoval.Removed> removals = FactRemoval.eachWithGroups(flow);
      for (Edition e : editions.get(name)) {
        Verdict full = ENGINE.evaluate(flow, e).verdict();
        if (full == Verdict.COMPLIANT) {
          continue;
        }
        // a failure may fall to "insufficient information" and no further; anything milder stays where it is
        int bound = Math.max(VerdictPolicy.LADDER.indexOf(full), insufficient);
        for (FactRemoval.Removed removed : removals) {
          if (setAside(flow, removed.pointer())
              || !ENGINE.validate(removed.flow()).isEmpty()) {
            continue;
          }
          checked++;
          Verdict without = ENGINE.evaluate(removed.flow(), e).verdict();
          if (VerdictPolicy.LADDER.indexOf(without) > bound) {
            better.add(name + " under " + e + " without " + removed.pointer() + ": " + full + " became "
                + without);
          }
        }
      }
    }
    assertThat(checked).as("facts left out").isGreaterThan(1000);
    assertThat(better).as("answers that read better with a fact left out").isEmpty();
  }
  /**
   * The same for procurement: a contract check of a contract scenario's flow with one of its facts left out never
   * reads better. Gaps may fall to "insufficient information" (the obligations are no longer known) and no further;
   * open recommendations never become "covered".
   */
  @Test
  void aFactLeftOutOfAContractScenarioNeverReadsBetter() {
    List<org.demarc.model.result.ContractVerdict> ladder = List.of(org.demarc.model.result.ContractVerdict.GAPS,
        org.demarc.model.result.ContractVerdict.INSUFFICIENT_INFORMATION,
        org.demarc.model.result.ContractVerdict.COVERED_WITH_RECOMMENDATIONS,
        org.demarc.model.result.ContractVerdict.COVERED);
    int insufficient = 1;
    List<String> better = new ArrayList<>();
    int checked = 0;
    for (Path file : ContractScenarioTest.files()) {
      ContractScenario scenario = ContractScenarioTest.read(file);
      if (scenario.given() == null || scenario.contracts() == null) {
        continue;
      }
      for (Edition e : scenario.editions()) {
        var full = ENGINE.checkContracts(scenario.given(), scenario.contracts(), e).verdict();
        int rank = ladder.indexOf(full) < 0 ? ladder.size() - 1 : ladder.indexOf(full);
        int bound = Math.max(rank, insufficient);
        for (FactRemoval.Removed removed : FactRemoval.eachWithGroups(scenario.given())) {
          if (setAside(scenario.given(), removed.pointer())
              || !ENGINE.validate(removed.flow(), scenario.contracts()).isEmpty()) {
            continue;
          }
          checked++;
          var without = ENGINE.checkContracts(removed.flow(), scenario.contracts(), e).verdict();
          int r = ladder.indexOf(without) < 0 ? ladder.size() - 1 : ladder.indexOf(without);
          if (r > bound) {
            better.add(file.getFileName() + " under " + e + " without " + removed.pointer() + ": " + full + " became "
                + without);
          }
        }
      }
    }
    assertThat(checked).as("facts left out").isGreaterThan(300);
    assertThat(better).as("contract checks that read better with a fact left out").isEmpty();
  }
}

package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.junit.jupiter.api.Test;

/**
 * Every rule fires the same in a session never used before as in a pooled session that has run other flows. The
 * command line evaluates one flow per process, in a fresh session; the service reuses pooled ones. Drools 10.2.0 was
 * seen not to fire a negation of a fact type no earlier session had inserted, in a rule base of one unit (see
 * G-6.11-B2-08's DRL), so this is checked for the whole rule base on every scenario and generated flow.
 */
class FreshSessionTest {
  private static final KieDemarcEngine ENGINE = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void everyRuleFiresInAFreshSessionAsInAPooledOne() {
    // the pooled sessions have run other flows before each comparison: warm them on every flow first
    Map<String, DataFlow> flows = UnitCaseTest.isolationFlows();
    for (DataFlow flow : flows.values()) {
      for (Edition edition : Edition.values()) {
        ENGINE.fire(flow, edition);
      }
    }
    for (Map.Entry<String, DataFlow> e : flows.entrySet()) {
      for (Edition edition : Edition.values()) {
        assertThat(outcomes(ENGINE.fireInFreshSession(e.getValue(), edition)))
            .as(e.getKey() + " [" + edition + "]: in a fresh session as in a pooled one")
            .isEqualTo(outcomes(ENGINE.fire(e.getValue(), edition)));
      }
    }
  }

  private static Set<UnitCase.Outcome> outcomes(java.util.List<org.demarc.rules.support.Activation> activations) {
    return activations.stream().map(UnitCaseTest::outcome).collect(Collectors.toSet());
  }
}

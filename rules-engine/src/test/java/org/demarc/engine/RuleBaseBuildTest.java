package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.demarc.model.Edition;
import org.demarc.model.result.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** The rule bases fail fast: a broken DRL or a rule without its metadata stops the engine from being built. */
class RuleBaseBuildTest {
  private static final String HEADER = "package org.demarc.rules.broken;\n"
      + "import org.demarc.model.DataFlow;\n"
      + "global org.demarc.rules.support.Outcomes out;\n";

  @Test
  void brokenDrlFailsTheRuleBaseBuild() {
    String broken = HEADER + "rule \"G-6.11-B1-01 broken\" @id(\"G-6.11-B1-01\")\nwhen\n  DataFlow(legalForm == )\nthen\nend\n";
    assertThatThrownBy(() -> KieDemarcEngine.fromSources(
            Map.of(Edition.E2008_V3, Map.of("org/demarc/rules/broken/broken.drl", broken))))
        .isInstanceOf(RuleBaseException.class)
        .hasMessageContaining("does not compile");
  }

  @Test
  void ruleWithoutMetadataFailsTheRuleBaseBuild() {
    String bare = HEADER + "rule \"no metadata\"\nwhen\n  DataFlow(legalForm == null)\nthen\n  out.at(kcontext).info();\nend\n";
    assertThatThrownBy(() -> KieDemarcEngine.fromSources(
            Map.of(Edition.E2008_V3, Map.of("org/demarc/rules/broken/bare.drl", bare))))
        .isInstanceOf(RuleBaseException.class)
        .hasMessageContaining("lacks @id")
        .hasMessageContaining("lacks @section");
  }

  @Test
  void shippedSourcesCompileToTheSameRulesAsThePrecompiledRuleBase() {
    for (Edition edition : Edition.values()) {
      Map<String, String> sources = RuleBase.sources(getClass().getClassLoader(), KieDemarcEngine.PACKAGES.get(edition));
      assertThat(sources.keySet()).contains("org/demarc/rules/common/classification.drl");
      DemarcEngine fromSource = KieDemarcEngine.fromSources(Map.of(edition, sources));
      assertThat(fromSource.rules(edition).stream().map(RuleDescriptor::id).toList())
          .isEqualTo(ScenarioTest.ENGINE.rules(edition).stream().map(RuleDescriptor::id).toList());
    }
  }
}

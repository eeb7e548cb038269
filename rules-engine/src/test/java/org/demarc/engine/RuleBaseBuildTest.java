package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
  void shippedSourcesCompileToTheSameRulesAsThePrecompiledRuleBase() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String pkg : KieDemarcEngine.PACKAGES.get(Edition.E2007_V2)) {
      String dir = pkg.replace('.', '/');
      for (String file : List.of("classification.drl", "b0-scope.drl", "b1-demarcation.drl", "b2-institution.drl", "b3-network.drl")) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(dir + "/" + file)) {
          if (in != null) {
            sources.put(dir + "/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    assertThat(sources).hasSize(8);
    DemarcEngine fromSource = KieDemarcEngine.fromSources(Map.of(Edition.E2007_V2, sources));
    assertThat(fromSource.rules(Edition.E2007_V2).stream().map(RuleDescriptor::id).toList())
        .isEqualTo(ScenarioTest.ENGINE.rules(Edition.E2007_V2).stream().map(RuleDescriptor::id).toList());
  }
}

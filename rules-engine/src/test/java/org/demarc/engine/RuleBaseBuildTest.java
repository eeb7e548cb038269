package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.Citation;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.Text;
import org.demarc.rules.support.Activation;
import org.junit.jupiter.api.Test;

/**
 * The rule bases fail fast (a broken DRL or a rule without its metadata stops the engine from being built), and an
 * edition is one declaration plus the rules that differ.
 */
class RuleBaseBuildTest {
  private static final String HEADER = "package org.demarc.rules.broken;\n"
      + "import org.demarc.model.DataFlow;\n"
      + "global org.demarc.rules.support.Outcomes out;\n";

  @Test
  void brokenDrlFailsTheRuleBaseBuild() {
    String broken = HEADER + "rule \"G-6.11-B1-01 broken\" @id(\"G-6.11-B1-01\")\nwhen\n  DataFlow(legalForm == )\nthen\nend\n";
    assertThatThrownBy(() -> KieDemarcEngine.fromSources(Editions.ORDER,
            Map.of("org/demarc/rules/broken/broken.drl", broken), Map.of()))
        .isInstanceOf(RuleBaseException.class)
        .hasMessageContaining("does not compile");
  }

  @Test
  void ruleWithoutMetadataFailsTheRuleBaseBuild() {
    String bare = HEADER + "rule \"no metadata\"\nwhen\n  DataFlow(legalForm == null)\nthen\n  out.at(kcontext).info();\nend\n";
    assertThatThrownBy(() -> KieDemarcEngine.fromSources(Editions.ORDER,
            Map.of("org/demarc/rules/broken/bare.drl", bare), Map.of()))
        .isInstanceOf(RuleBaseException.class)
        .hasMessageContaining("lacks @id")
        .hasMessageContaining("lacks @section")
        .hasMessageContaining("lacks @since");
  }

  @Test
  void ruleNamingAnUndeclaredEditionFailsTheRuleBaseBuild() {
    String rule = HEADER + "rule \"G-6.11-B1-01 later\" @id(\"G-6.11-B1-01\") @section(\"6.11-B1\") @since(\"E2099\")"
        + " @strength(\"INFO\") @basis(\"SEED\") @seed(\"C:L409-411\") @ja(\"x\") @en(\"x\")\n"
        + "when\n  DataFlow()\nthen\n  out.at(kcontext).info();\nend\n";
    assertThatThrownBy(() -> KieDemarcEngine.fromSources(Editions.ORDER,
            Map.of("org/demarc/rules/broken/later.drl", rule), Map.of()))
        .isInstanceOf(RuleBaseException.class)
        .hasMessageContaining("undeclared edition");
  }

  @Test
  void shippedSourcesCompileToTheSameRulesAsThePrecompiledRuleBase() {
    Map<String, String> sources = RuleBase.sources(getClass().getClassLoader(), KieDemarcEngine.RULES_ROOT);
    assertThat(sources.keySet()).contains("org/demarc/rules/common/classification.drl");
    DemarcEngine fromSource = KieDemarcEngine.fromSources(Editions.ORDER, sources, Map.of());
    for (Edition edition : Edition.values()) {
      assertThat(fromSource.rules(edition).stream().map(RuleDescriptor::id).toList())
          .isEqualTo(ScenarioTest.ENGINE.rules(edition).stream().map(RuleDescriptor::id).toList());
    }
    // The same answer, word for word, from a rule base compiled here (its conditions as lambdas) as from the shipped
    // one (its conditions compiled to classes, drools.externaliseCanonicalModelLambda): how the conditions are
    // compiled changes no answer.
    for (java.nio.file.Path file : Scenarios.files()) {
      Scenario scenario = Scenarios.read(file);
      for (Edition edition : scenario.editions()) {
        org.demarc.model.result.EvaluationResult shipped;
        try {
          shipped = ScenarioTest.ENGINE.evaluate(scenario.given(), edition);
        } catch (InvalidFlowException e) {
          continue; // scenarios of invalid flows: no answer to compare
        }
        assertThat(fromSource.evaluate(scenario.given(), edition)).as(file.getFileName() + " " + edition)
            .isEqualTo(shipped);
      }
    }
  }

  /**
   * The rule set's hash is taken over the sources' bytes at start-up: the same hash as over their text, which the
   * engine built from sources (and every earlier decision recorded) uses, and it changes with any source.
   */
  @Test
  void theRuleSetHashOverBytesIsTheHashOverText() {
    ClassLoader loader = getClass().getClassLoader();
    Map<String, byte[]> bytes = RuleBase.sourceBytes(loader, KieDemarcEngine.RULES_ROOT);
    Map<String, String> text = RuleBase.sources(loader, KieDemarcEngine.RULES_ROOT);
    assertThat(bytes.keySet()).isEqualTo(text.keySet()).hasSizeGreaterThan(60);
    assertThat(RuleBase.hashSourceBytes(bytes)).isEqualTo(RuleBase.hashSources(text)).hasSize(64);
    Map<String, byte[]> changed = new TreeMap<>(bytes);
    String first = changed.keySet().iterator().next();
    changed.put(first, (text.get(first) + "// 変更\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> changedText = new TreeMap<>(text);
    changedText.put(first, text.get(first) + "// 変更\n");
    assertThat(RuleBase.hashSourceBytes(changed)).isNotEqualTo(RuleBase.hashSourceBytes(bytes))
        .isEqualTo(RuleBase.hashSources(changedText));
  }

  /**
   * A test-only edition after the draft: declared by its place in the order and its clause wording, it inherits
   * every rule still in force, gains a rule of its own and loses one that the draft was the last edition of. No
   * kmodule, package list or per-rule edition list changes.
   */
  @Test
  void anEditionIsOneDeclarationPlusTheRulesThatDiffer() {
    List<String> order = new ArrayList<>(Editions.ORDER);
    order.add("E_TEST");
    Map<String, String> sources = new TreeMap<>(RuleBase.sources(getClass().getClassLoader(), KieDemarcEngine.RULES_ROOT));
    // The draft's mobile-terminal rules (both variants) end with the draft.
    String mobile = "org/demarc/rules/units/g_6_11_b3_11/g_6_11_b3_11.drl";
    sources.put(mobile, sources.get(mobile).replace(
        "@id(\"G-6.11-B3-11\") @section(\"6.11-B3-III\") @since(\"E2008_V3\")",
        "@id(\"G-6.11-B3-11\") @section(\"6.11-B3-III\") @since(\"E2008_V3\") @until(\"E2008_V3\")"));
    // The new edition's own rule.
    sources.put("org/demarc/rules/test/new-edition.drl", "package org.demarc.rules.test;\n"
        + "import org.demarc.rules.facts.InScope;\n"
        + "global org.demarc.rules.support.Outcomes out;\n"
        + "rule \"G-6.11-B3-11 mobile terminals [test edition]\"\n"
        + "  @id(\"G-6.11-B3-11\") @section(\"6.11-B3-III\") @since(\"E_TEST\") @strength(\"MUST\") @basis(\"SEED\")\n"
        + "  @seed(\"P:L902-907\") @ja(\"テスト版のモバイル端末の規定\") @en(\"the test edition's mobile-terminal clause\")\n"
        + "when\n  InScope()\nthen\n  out.at(kcontext).info();\nend\n");
    // Its clause wording: the one place where editions differ only in words.
    KieDemarcEngine shipped = (KieDemarcEngine) ScenarioTest.ENGINE;
    Map<String, Text> wording = new HashMap<>();
    for (RuleMeta meta : shipped.ruleMetas(Edition.E2008_V3)) {
      wording.put(Citations.clauseKey(meta.section(), "E_TEST"),
          new Text("テスト版 " + meta.section(), "Test edition, " + meta.section()));
    }
    KieDemarcEngine engine = KieDemarcEngine.fromSources(order, sources, wording);

    Set<String> draft = names(engine.ruleMetas("E2008_V3"));
    Set<String> test = names(engine.ruleMetas("E_TEST"));
    assertThat(test).contains("G-6.11-B3-11 mobile terminals [test edition]")
        .doesNotContain("G-6.11-B3-11 mobile terminals [E2008]");
    Set<String> inherited = new java.util.HashSet<>(draft);
    inherited.remove("G-6.11-B3-11 mobile terminals [E2008]");
    inherited.remove("G-6.11-B3-11 terminal outside over a closed network [E2008]");
    assertThat(test).containsAll(inherited).hasSize(inherited.size() + 1);
    assertThat(names(engine.ruleMetas("E2007_V2"))).isEqualTo(names(shipped.ruleMetas(Edition.E2007_V2)));

    DataFlow staff = Scenarios.read(Scenarios.files().stream()
        .filter(p -> p.getFileName().toString().equals("staff-access-vpn-home-edition-3.yaml")).findFirst().orElseThrow())
        .given();
    Set<String> firedDraft = fired(engine.fire(staff, "E2008_V3"));
    Set<String> firedTest = fired(engine.fire(staff, "E_TEST"));
    assertThat(firedDraft).contains("G-6.11-B3-11 mobile terminals [E2008]")
        .doesNotContain("G-6.11-B3-11 mobile terminals [test edition]");
    assertThat(firedTest).contains("G-6.11-B3-11 mobile terminals [test edition]")
        .doesNotContain("G-6.11-B3-11 mobile terminals [E2008]");

    RuleMeta b109 = engine.ruleMetas("E_TEST").stream().filter(m -> m.id().equals("G-6.11-B1-09")).findFirst().orElseThrow();
    Citation citation = engine.citation(b109, "E_TEST");
    assertThat(citation.clause().en()).isEqualTo("Test edition, 6.11-B1");
    assertThat(engine.citation(b109, "E2008_V3").clause().en()).contains("chapter 4");
  }

  private static Set<String> names(List<RuleMeta> metas) {
    return metas.stream().filter(m -> !m.classification()).map(RuleMeta::name).collect(Collectors.toSet());
  }

  private static Set<String> fired(List<Activation> activations) {
    return activations.stream().map(Activation::ruleName).collect(Collectors.toSet());
  }
}

package org.demarc.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Records a rule unit's cases from the scenarios: for each edition, a fail case on a scenario where the rule fires
 * (preferring one whose expectations name it as fired) with exactly the outcomes it records there, and a pass case on
 * a scenario where its chapter applies and it stays silent (preferring one that names it as not fired). Run it after
 * writing or changing a rule, then read the recorded outcomes against the seed before committing them:
 * {@code mvn -pl rules-engine -am test -Dtest=UnitCaseRecorder -Ddemarc.recordUnitCases=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (all units, or {@code -Ddemarc.unit=g_6_11_b1_13} for one).
 */
@EnabledIfSystemProperty(named = "demarc.recordUnitCases", matches = "true")
class UnitCaseRecorder {
  private static final KieDemarcEngine FULL = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void recordCases() throws Exception {
    Map<String, DataFlow> flows = UnitCaseTest.scenarioFlows();
    Map<String, Contract> contracts = UnitCaseTest.contractScenarioContracts();
    Map<String, ContractScenario> contractScenarios = new HashMap<>();
    for (Path file : ContractScenarioTest.files()) {
      contractScenarios.put(file.getFileName().toString().replace(".yaml", ""), ContractScenarioTest.read(file));
    }
    Map<String, Scenario> scenarios = new HashMap<>();
    for (Path file : Scenarios.files()) {
      scenarios.put(file.getFileName().toString().replace(".yaml", ""), Scenarios.read(file));
    }
    String only = System.getProperty("demarc.unit");
    YAMLMapper yaml = YAMLMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
    for (Path dir : UnitCaseTest.unitDirs()) {
      String unit = dir.getFileName().toString();
      if (only != null && !only.equals(unit)) {
        continue;
      }
      String id = UnitDocs.frontMatter(java.nio.file.Files.readString(dir.resolve("README.md"))).get("id");
      List<UnitCase.Case> cases = new ArrayList<>();
      for (Edition edition : UnitCaseTest.editionsOf(id)) {
        Map<String, Set<UnitCase.Outcome>> firing = new LinkedHashMap<>();
        Map<String, Set<String>> chapters = new LinkedHashMap<>();
        Map<String, Boolean> isContract = new HashMap<>();
        collect(flows, name -> scenarios.get(name).editions(), edition, id, firing, chapters, isContract, false);
        collect(contracts, name -> contractScenarios.get(name).editions(), edition, id, firing, chapters, isContract,
            true);
        String chapter = chapterOf(id, edition);
        // Fail cases: enough scenarios that every variant that finds something open does so in one of them (for a
        // rule that never finds anything open, that fires in one), preferring scenarios whose expectations name the
        // rule as fired.
        boolean opensAnywhere = firing.values().stream().anyMatch(os -> os.stream().anyMatch(UnitCaseTest::open));
        java.util.function.Predicate<UnitCase.Outcome> failing = opensAnywhere ? UnitCaseTest::open : o -> true;
        List<String[]> choices = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (boolean preferred : new boolean[] {true, false}) {
          for (String n : firing.keySet()) {
            if (named(scenarios, n, edition, id, true) != preferred) {
              continue;
            }
            Set<String> variants = new HashSet<>();
            firing.get(n).stream().filter(failing).forEach(o -> variants.add(o.variant()));
            if (!variants.isEmpty() && !covered.containsAll(variants)) {
              covered.addAll(variants);
              choices.add(new String[] {"fail", n});
            }
          }
        }
        // A pass case: silent where the chapter applies (anywhere, for the only rule of its chapter), else firing with
        // nothing open.
        boolean alone = FULL.ruleMetas(edition).stream().filter(m -> !m.classification()
            && RuleCoverageTest.chapter(m.section()).equals(chapter)).map(RuleMeta::id).distinct().count() == 1;
        String pass = pick(firing, n -> firing.get(n).isEmpty() && (alone || chapters.get(n).contains(chapter)),
            n -> named(scenarios, n, edition, id, false));
        if (pass == null) {
          pass = pick(firing, n -> !firing.get(n).isEmpty() && firing.get(n).stream().noneMatch(UnitCaseTest::open),
              n -> true);
        }
        choices.add(new String[] {"pass", pass});
        for (String[] choice : choices) {
          if (choice[1] == null) {
            continue;
          }
          String name = choice[1];
          boolean contract = isContract.get(name);
          String description = contract ? contractScenarios.get(name).description() : scenarios.get(name).description();
          List<UnitCase.Outcome> expect = new ArrayList<>(firing.get(name));
          expect.sort(java.util.Comparator.comparing(Object::toString));
          String prefix = choice[0].equals("fail") ? "fails: " : expect.isEmpty() ? "silent: " : "passes: ";
          cases.add(new UnitCase.Case(prefix + description, choice[0],
              contract ? null : name, contract ? name : null, List.of(edition), expect));
        }
      }
      UnitCaseTest.write(dir.resolve("cases.yaml"), "# Cases of " + id + ", recorded by UnitCaseRecorder from the "
          + "scenarios and read against the seed.\n# fail: the rule finds something open (a rule that only informs: it fires); "
          + "pass: it leaves nothing open.\n# Each case lists exactly the outcomes the rule records.\n" + yaml.writeValueAsString(new UnitCase(id, merge(cases))));
    }
  }

  /** Cases on the same flow with the same outcomes under several editions become one case. */
  private static List<UnitCase.Case> merge(List<UnitCase.Case> cases) {
    List<UnitCase.Case> out = new ArrayList<>();
    for (UnitCase.Case c : cases) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        UnitCase.Case o = out.get(i);
        if (o.kind().equals(c.kind()) && Objects.equals(o.scenario(), c.scenario())
            && Objects.equals(o.contractScenario(), c.contractScenario()) && Set.copyOf(o.expect()).equals(Set.copyOf(c.expect()))) {
          at = i;
        }
      }
      if (at < 0) {
        out.add(c);
      } else {
        UnitCase.Case o = out.get(at);
        List<Edition> editions = new ArrayList<>(o.editions());
        editions.addAll(c.editions());
        out.set(at, new UnitCase.Case(o.name(), o.kind(), o.scenario(), o.contractScenario(), editions, o.expect()));
      }
    }
    return out;
  }

  private static <T> void collect(Map<String, T> inputs, Function<String, List<Edition>> editionsOf, Edition edition,
      String id, Map<String, Set<UnitCase.Outcome>> firing, Map<String, Set<String>> chapters,
      Map<String, Boolean> isContract, boolean contract) {
    Map<String, RuleMeta> metas = new HashMap<>();
    FULL.ruleMetas(edition).forEach(m -> metas.put(m.name(), m));
    inputs.forEach((name, input) -> {
      if (!editionsOf.apply(name).contains(edition)) {
        return;
      }
      List<org.demarc.rules.support.Activation> activations = contract ? FULL.fire((Contract) input, edition)
          : FULL.fire((DataFlow) input, edition);
      Set<UnitCase.Outcome> mine = new HashSet<>();
      Set<String> fired = new HashSet<>();
      for (var a : activations) {
        RuleMeta m = metas.get(a.ruleName());
        if (m == null || m.classification()) {
          continue;
        }
        fired.add(RuleCoverageTest.chapter(m.section()));
        if (m.id().equals(id)) {
          mine.add(UnitCaseTest.outcome(a));
        }
      }
      firing.put(name, mine);
      chapters.put(name, fired);
      isContract.put(name, contract);
    });
  }

  private static String pick(Map<String, Set<UnitCase.Outcome>> firing,
      java.util.function.Predicate<String> eligible, java.util.function.Predicate<String> preferred) {
    String first = null;
    for (String name : firing.keySet()) {
      if (eligible.test(name)) {
        if (preferred.test(name)) {
          return name;
        }
        first = first == null ? name : first;
      }
    }
    return first;
  }

  private static boolean named(Map<String, Scenario> scenarios, String name, Edition edition, String id, boolean fired) {
    Scenario s = scenarios.get(name);
    if (s == null) {
      return false;
    }
    List<String> listed = fired ? s.expect().fired() : s.expect().notFired();
    return listed != null && listed.contains(id);
  }

  private static String chapterOf(String id, Edition edition) {
    return FULL.ruleMetas(edition).stream().filter(m -> m.id().equals(id)).map(m -> RuleCoverageTest.chapter(m.section())).findFirst()
        .orElseThrow();
  }


}

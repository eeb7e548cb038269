package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * A comparison judges a flow under two editions in one rule session ({@link KieDemarcEngine#compare}): each edition's
 * answer must be exactly the one {@link KieDemarcEngine#evaluate} gives under that edition alone (the same findings,
 * words, controls, responsibilities, verdict and order), on every scenario and on generated flows of every kind that
 * between them fire every rule variant (GeneratorReachTest), and on each of them with a second line beside its last
 * segment (a branching path, judged line by line), both ways round. A rule reading a fact that differs
 * between editions without binding its edition would fire for the wrong edition here.
 */
class EditionSessionTest {
  private static final KieDemarcEngine ENGINE = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void oneSessionUnderTwoEditionsAnswersAsOneSessionUnderEach() {
    Map<String, DataFlow> flows = scenarioAndGeneratedFlows(20261203, 1000);
    // and each of them whose path can branch with a second line beside its last segment (judged line by line)
    int branching = 0;
    for (Map.Entry<String, DataFlow> e : List.copyOf(flows.entrySet())) {
      DataFlow tree = BranchingPathTest.withSecondLine(e.getValue());
      if (tree != null && ENGINE.validate(tree).isEmpty()) {
        flows.put(e.getKey() + " with a second line", tree);
        branching++;
      }
    }
    assertThat(branching).as("branching flows").isGreaterThan(50);
    List<Edition> editions = ENGINE.editions();
    assertThat(editions).hasSizeGreaterThanOrEqualTo(2);
    int compared = 0;
    int differing = 0;
    for (Map.Entry<String, DataFlow> e : flows.entrySet()) {
      DataFlow flow = e.getValue();
      if (!ENGINE.validate(flow).isEmpty()) {
        continue;
      }
      for (Edition from : editions) {
        for (Edition to : editions) {
          if (from == to) {
            continue;
          }
          List<EvaluationResult> both = ENGINE.evaluateBoth(flow, from, to);
          EvaluationResult alone = ENGINE.evaluate(flow, from);
          EvaluationResult aloneTo = ENGINE.evaluate(flow, to);
          assertThat(difference(both.get(0), alone)).as(e.getKey() + ": under " + from + " beside " + to).isNull();
          assertThat(difference(both.get(1), aloneTo)).as(e.getKey() + ": under " + to + " beside " + from).isNull();
          assertThat(both.get(0)).isEqualTo(alone);
          assertThat(both.get(1)).isEqualTo(aloneTo);
          if (!alone.findings().equals(both.get(1).findings())) {
            differing++;
          }
          compared++;
        }
      }
    }
    assertThat(compared).as("pairs compared").isGreaterThan(2000);
    // the editions judge many of these flows differently: the test would see a firing given to the wrong one
    assertThat(differing).as("pairs whose editions' findings differ").isGreaterThan(compared / 10);
  }

  /** The first part of two answers that differs, as the path to it and both values; null when they are equal. */
  static String difference(Object a, Object b) {
    if (java.util.Objects.equals(a, b)) {
      return null;
    }
    if (a instanceof Record && b instanceof Record && a.getClass() == b.getClass()) {
      for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          String d = difference(c.getAccessor().invoke(a), c.getAccessor().invoke(b));
          if (d != null) {
            return c.getName() + "." + d;
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        String d = difference(x.get(i), y.get(i));
        if (d != null) {
          return i + "." + d;
        }
      }
      return "size " + x.size() + " vs " + y.size() + ": " + (x.size() > y.size() ? x.subList(y.size(), x.size())
          : y.subList(x.size(), y.size()));
    }
    return "\n  one session: " + a + "\n  alone:       " + b;
  }

  @Test
  void theSameEditionTwiceIsOneEvaluation() {
    DataFlow flow = UnitCaseTest.scenarioFlows().values().iterator().next();
    List<EvaluationResult> both = ENGINE.evaluateBoth(flow, Edition.newest(), Edition.newest());
    assertThat(both.get(0)).isEqualTo(ENGINE.evaluate(flow, Edition.newest())).isEqualTo(both.get(1));
  }

  /**
   * Every scenario's flow, then {@code tries} generated flows (half exchanges, half of any kind) drawn from {@code seed}
   * ({@code -Ddemarc.explore.seed} and {@code .tries} explore further).
   */
  static Map<String, DataFlow> scenarioAndGeneratedFlows(long seed, int tries) {
    Map<String, DataFlow> flows = new LinkedHashMap<>(UnitCaseTest.scenarioFlows());
    Random random = new Random(Explore.seed(seed));
    for (int t = 0, n = Explore.tries(tries); t < n; t++) {
      List<Integer> choices = Explore.choices(random);
      flows.put("generated " + t, t % 2 == 0 ? FlowGen.flow(choices) : FlowGen.anyKind(choices));
    }
    return flows;
  }
}

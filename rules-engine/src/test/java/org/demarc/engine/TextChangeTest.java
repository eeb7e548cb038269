package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.junit.jupiter.api.Test;

/**
 * A finding's words are worked out only when read, and two findings filled from the same templates with the same values
 * are found equal without working them out. Neither may change an answer: a comparison reports a finding's text as
 * changed exactly when its words differ in either language, and the facts that triggered a finding read the same from
 * any number of threads at once as from one.
 */
class TextChangeTest {
  private static final KieDemarcEngine ENGINE = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void aComparisonReportsATextChangeExactlyWhenTheWordsDiffer() {
    Map<String, DataFlow> flows = EditionSessionTest.scenarioAndGeneratedFlows(7, 300);
    int common = 0;
    int changedWords = 0;
    for (Map.Entry<String, DataFlow> e : flows.entrySet()) {
      DataFlow flow = e.getValue();
      if (!ENGINE.validate(flow).isEmpty()) {
        continue;
      }
      for (Edition[] pair : new Edition[][] {{Edition.E2007_V2, Edition.E2008_V3}, {Edition.E2008_V3, Edition.E2007_V2}}) {
        EditionComparison c = ENGINE.compare(flow, pair[0], pair[1]);
        Map<String, Finding> after = new LinkedHashMap<>();
        c.toResult().findings().forEach(f -> after.put(f.id(), f));
        Map<String, List<String>> changes = new LinkedHashMap<>();
        c.changed().forEach(ch -> changes.put(ch.id(), ch.changes()));
        for (Finding f : c.fromResult().findings()) {
          Finding g = after.get(f.id());
          if (g == null) {
            continue;
          }
          common++;
          boolean differ = !f.message().ja().equals(g.message().ja()) || !f.message().en().equals(g.message().en());
          if (differ) {
            changedWords++;
          }
          assertThat(changes.getOrDefault(f.id(), List.of()).contains("text"))
              .as(e.getKey() + " " + pair[0] + "→" + pair[1] + " " + f.id() + ": " + f.message() + " / " + g.message())
              .isEqualTo(differ);
        }
      }
    }
    assertThat(common).as("findings in both editions' answers").isGreaterThan(1000);
    assertThat(changedWords).as("findings whose words differ between the editions").isGreaterThan(10);
  }

  @Test
  void theFactsThatTriggeredAFindingReadTheSameFromManyThreadsAtOnce() throws Exception {
    DataFlow flow = UnitCaseTest.scenarioFlows().values().stream().filter(f -> ENGINE.validate(f).isEmpty())
        .filter(f -> ENGINE.evaluate(f, Edition.E2008_V3).findings().size() > 10).findFirst().orElseThrow();
    List<List<String>> once = ENGINE.evaluate(flow, Edition.E2008_V3).findings().stream()
        .map(f -> List.copyOf(f.triggeredBy())).toList();
    assertThat(once.stream().mapToInt(List::size).sum()).isPositive();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        EvaluationResult r = ENGINE.evaluate(flow, Edition.E2008_V3);
        List<Future<List<List<String>>>> read = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          read.add(pool.submit(() -> r.findings().stream().map(f -> List.copyOf(f.triggeredBy())).toList()));
        }
        for (Future<List<List<String>>> f : read) {
          assertThat(f.get()).isEqualTo(once);
        }
        assertThatThrownBy(() -> r.findings().get(0).triggeredBy().add("x"))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

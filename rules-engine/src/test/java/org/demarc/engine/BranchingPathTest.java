package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.NetworkType;
import org.demarc.model.Party;
import org.demarc.model.PartyRole;
import org.demarc.model.Segment;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.MissingFact;
import org.junit.jupiter.api.Test;

/**
 * A path that branches (one-to-many recipients reached over separate lines from a hub, C:L499-505) is judged line by
 * line: its answer asks exactly what the lines, each evaluated as a flow of its own, ask together, with the same
 * statuses, and its verdict is the worse of theirs. Checked on every scenario whose path names its points, with a
 * second line added beside its last segment.
 */
class BranchingPathTest {
  private static final KieDemarcEngine ENGINE = (KieDemarcEngine) ScenarioTest.ENGINE;

  @Test
  void aBranchingPathAsksWhatItsLinesAskTogether() {
    int checked = 0;
    for (Map.Entry<String, DataFlow> e : UnitCaseTest.scenarioFlows().entrySet()) {
      checked += asksWhatItsLinesAsk(e.getKey(), e.getValue()) ? 1 : 0;
    }
    assertThat(checked).as("scenarios checked").isGreaterThan(50);
  }

  /** The same on generated flows of every kind (those whose path names its points and is one line). */
  @Test
  void aBranchingGeneratedPathAsksWhatItsLinesAskTogether() {
    Explore.forAll(16180, 150, FlowPropertiesTest.VALID_FLOWS, flow -> asksWhatItsLinesAsk("generated", flow));
  }

  /**
   * The flow with a second line beside its last segment (another carrier's, over the internet, with no channel security
   * of its own), when the flow is valid and its path one line of at least two segments naming their points; else null.
   */
  static DataFlow withSecondLine(DataFlow flow) {
    List<Segment> segments = flow.segments();
    if (segments == null || segments.size() < 2 || flow.branches() != null || !ENGINE.validate(flow).isEmpty()
        || segments.stream().anyMatch(s -> s.fromPoint() == null || s.toPoint() == null)) {
      return null;
    }
    Segment last = segments.get(segments.size() - 1);
    List<Segment> withSecond = new ArrayList<>(segments);
    withSecond.add(new Segment(last.id() + "-second", last.fromPoint(), last.toPoint() + " (second line)",
        NetworkType.OPEN_INTERNET, "second-carrier", null));
    List<Party> parties = new ArrayList<>(flow.parties());
    parties.add(new Party("second-carrier", "第二通信", Set.of(PartyRole.CARRIER)));
    return Records.with(Records.with(flow, "segments", withSecond), "parties", parties);
  }

  /**
   * Adds a second line beside the flow's last segment and checks the branching flow against its two lines, when the
   * flow's path is one line of at least two segments naming their points; whether it checked.
   */
  static boolean asksWhatItsLinesAsk(String name, DataFlow flow) {
    DataFlow tree = withSecondLine(flow);
    if (tree == null) {
      return false;
    }
    int n = tree.segments().size();
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    for (int i = 0; i < n - 2; i++) {
      first.add(i);
      second.add(i);
    }
    first.add(n - 2);
    second.add(n - 1);
    assertThat(tree.branches()).as(name).containsExactly(first, second);
    List<org.demarc.model.result.Violation> refused = ENGINE.validate(tree);
    if (!refused.isEmpty()) {
      // a party encrypting on the last segment only: the second line is refused, not judged as if nobody did; or a
      // line is refused on its own (one leaving the last segment out may have the information encrypted beyond where
      // it is decrypted)
      Set<String> linesRefused = new TreeSet<>();
      for (List<Integer> line : List.of(first, second)) {
        ENGINE.validate(tree.along(line)).forEach(v -> linesRefused.add(v.code()));
      }
      assertThat(refused).as(name).extracting(org.demarc.model.result.Violation::code)
          .allMatch(code -> code.equals("not_on_every_line") || linesRefused.contains(code));
      return true;
    }
    for (Edition edition : Edition.values()) {
      EvaluationResult whole = ENGINE.evaluate(tree, edition);
      EvaluationResult one = ENGINE.evaluate(tree.along(first), edition);
      EvaluationResult other = ENGINE.evaluate(tree.along(second), edition);
      String as = name + " [" + edition + "]";
      assertThat(controls(whole)).as(as + " controls").isEqualTo(union(controls(one), controls(other)));
      assertThat(findings(whole)).as(as + " findings").isEqualTo(union(findings(one), findings(other)));
      assertThat(whole.verdict()).as(as + " verdict")
          .isEqualTo(one.verdict().compareTo(other.verdict()) >= 0 ? one.verdict() : other.verdict());
      for (MissingFact m : whole.missingFacts()) {
        if (m.pointer().startsWith("/segments/")) {
          int at = Integer.parseInt(m.pointer().split("/")[2]);
          assertThat(at).as(as + " " + m.pointer()).isLessThan(n);
        }
      }
      // each cell names everyone either line names there (under the largest share one holds there, where a shared
      // segment's shares differ between lines)
      Map<String, Set<String>> lineCells = new java.util.TreeMap<>(cells(one));
      cells(other).forEach((k, v) -> lineCells.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
      assertThat(cells(whole)).as(as + " matrix cells").isEqualTo(lineCells);
    }
    return true;
  }

  /** Each cell of the matrix (segment and threat) and the parties it names. */
  private static Map<String, Set<String>> cells(EvaluationResult r) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    r.segmentThreats().forEach(c -> c.segments().forEach(s -> c.threats().forEach(t -> {
      Set<String> parties = out.computeIfAbsent(s + " " + t, k -> new TreeSet<>());
      parties.addAll(c.responsible());
      parties.addAll(c.partial());
      parties.addAll(c.exempt());
    })));
    return out;
  }

  private static Set<String> controls(EvaluationResult r) {
    Set<String> out = new TreeSet<>();
    // the same control asked by two findings is listed under a numbered id (#2): by id without the number
    r.controls().forEach(c -> out.add(c.id().replaceFirst("#\\d+$", "") + " " + c.status() + " " + c.effectIfMissing()));
    return out;
  }

  private static Set<String> findings(EvaluationResult r) {
    Set<String> out = new TreeSet<>();
    // not by id: two lines saying different things about a shared segment give two findings, each id then naming its
    // words (as two matches of one variant do on one line)
    r.findings().forEach(f -> out.add(f.ruleId() + " " + f.segment() + " " + f.party() + " " + f.kind() + " "
        + f.message().en()));
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }
}

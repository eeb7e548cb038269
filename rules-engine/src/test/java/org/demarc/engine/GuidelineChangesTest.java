package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demarc.model.Edition;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.GuidelineChanges.RuleChange;
import org.demarc.model.result.GuidelineChanges.RuleChangeKind;
import org.demarc.model.result.GuidelineChanges.TextChange;
import org.demarc.model.result.GuidelineChanges.TextChangeKind;
import org.demarc.model.result.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** What changes in the guideline between edition 2 and the edition 3 draft, whatever the flow. */
class GuidelineChangesTest {
  private static final DemarcEngine ENGINE = ScenarioTest.ENGINE;
  private static final GuidelineChanges FORWARD = ENGINE.changes(Edition.E2007_V2, Edition.E2008_V3);

  private static Map<String, RuleChange> rules(GuidelineChanges c) {
    return c.ruleChanges().stream().collect(Collectors.toMap(RuleChange::ruleId, Function.identity()));
  }

  /** Every rule of either edition is either listed as changed or counted as unchanged, and no rule twice. */
  @Test
  void everyRuleIsAccountedForOnce() {
    List<String> a = ENGINE.rules(Edition.E2007_V2).stream().map(RuleDescriptor::id).toList();
    List<String> b = ENGINE.rules(Edition.E2008_V3).stream().map(RuleDescriptor::id).toList();
    long union = java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().count();
    assertThat(FORWARD.ruleChanges()).extracting(RuleChange::ruleId).doesNotHaveDuplicates();
    assertThat(FORWARD.ruleChanges().size() + FORWARD.unchangedRules()).isEqualTo(union);
    assertThat(FORWARD.unchangedRules()).isPositive();
  }

  /** A rule only one edition has is added or removed, with the citation of the edition that has it. */
  @Test
  void rulesOnlyOneEditionHasAreAddedOrRemoved() {
    Map<String, RuleChange> byId = rules(FORWARD);
    // 6.9 (taking out) is new in the draft (P:L6-150); edition 2's "no such section" note goes
    assertThat(byId.get("G-6.9-C-01").kinds()).containsExactly(RuleChangeKind.ADDED);
    assertThat(byId.get("G-6.9-C-01").from()).isNull();
    assertThat(byId.get("G-6.9-C-01").to().edition()).isEqualTo(Edition.E2008_V3);
    assertThat(byId.get("G-6.9-00").kinds()).containsExactly(RuleChangeKind.REMOVED);
    // the pointer from external storage to chapter 8 is deleted (C:L312-318)
    assertThat(byId.get("G-6.11-B0-03").kinds()).containsExactly(RuleChangeKind.REMOVED);
    assertThat(byId.get("G-6.11-B0-03").to()).isNull();
    // section III on mobile terminals is new (P:L902-907)
    assertThat(byId.get("G-6.11-B3-11").kinds()).containsExactly(RuleChangeKind.ADDED);
  }

  /**
   * A rule whose variants read alike in both editions is not a change of its own, though it is cited from each
   * edition's clause: the move of B-1 to chapter 4 §4.2 is the text change D8, which names the rules it moves.
   */
  @Test
  void theDemarcationRulesMoveToChapterFourAsOneTextChange() {
    assertThat(rules(FORWARD)).doesNotContainKey("G-6.11-B1-09");
    TextChange d8 = FORWARD.textChanges().get(7);
    assertThat(d8.id()).isEqualTo("D8");
    assertThat(d8.kind()).isEqualTo(TextChangeKind.MOVED);
    assertThat(d8.rules()).contains("G-6.11-B1-09", "CC-01");
    assertThat(ENGINE.rule(Edition.E2007_V2, "G-6.11-B1-09").orElseThrow().citation().clause().en())
        .startsWith("Edition 2, 6.10 B-1");
    assertThat(ENGINE.rule(Edition.E2008_V3, "G-6.11-B1-09").orElseThrow().citation().clause().en())
        .startsWith("Edition 3 draft, chapter 4 §4.2");
  }

  /** A variant written once per edition is one variant in other words; the threats add spoofing. */
  @Test
  void variantsWrittenPerEditionDifferInWording() {
    RuleChange b002 = rules(FORWARD).get("G-6.11-B0-02");
    assertThat(b002.kinds()).contains(RuleChangeKind.WORDING);
    assertThat(b002.variants()).extracting(v -> v.variant(), v -> v.kind())
        .contains(tuple("G-6.11-B0-02 threats", RuleChangeKind.WORDING));
    assertThat(b002.variants().get(0).fromMessage().en()).doesNotContain("spoofing");
    assertThat(b002.variants().get(0).toMessage().en()).contains("spoofing");
    // the scope rule has a variant of each edition's own, not paired: one removed, one added
    RuleChange b001 = rules(FORWARD).get("G-6.11-B0-01");
    assertThat(b001.kinds()).contains(RuleChangeKind.VARIANTS);
    assertThat(b001.variants()).anySatisfy(v -> {
      assertThat(v.fromStrength()).isNull();
      assertThat(v.toMessage()).isNotNull();
    });
  }

  /** The text changes of the revision table, each with the seed lines of both columns and existing rule ids. */
  @Test
  void theRevisionTablesTextChanges() {
    assertThat(FORWARD.textChanges()).extracting(TextChange::id).containsExactly("D1", "D2", "D3", "D4", "D5", "D6",
        "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21");
    TextChange d1 = FORWARD.textChanges().get(0);
    assertThat(d1.kind()).isEqualTo(TextChangeKind.ADDED);
    assertThat(d1.fromLines()).isNull();
    assertThat(d1.toLines()).isEqualTo("P:L6-150");
    assertThat(d1.rules()).contains("G-6.9-C-01", "G-6.9-00");
    // the one change the seed's text leaves unclear is said to need human review
    assertThat(FORWARD.textChanges()).filteredOn(TextChange::needsHumanReview).extracting(TextChange::id)
        .containsExactly("D21");
    for (TextChange c : FORWARD.textChanges()) {
      assertThat(c.topic().ja()).as(c.id()).isNotBlank();
      assertThat(c.note().en()).as(c.id()).isNotBlank();
      assertThat(c.fromLines() == null || c.fromLines().matches("(C:L\\d+(-\\d+)?)( C:L\\d+(-\\d+)?)*")).as(c.id())
          .isTrue();
      assertThat(c.toLines() == null || c.toLines().matches("(P:L\\d+(-\\d+)?)( P:L\\d+(-\\d+)?)*")).as(c.id())
          .isTrue();
    }
    List<String> known = java.util.stream.Stream.concat(ENGINE.rules(Edition.E2007_V2).stream(),
        ENGINE.rules(Edition.E2008_V3).stream()).map(RuleDescriptor::id).distinct().toList();
    assertThat(known).containsAll(GuidelineTextChanges.ruleIds());
  }

  /** For one flow, the text changes behind its findings that change: only those bearing on such a finding's rule. */
  @Test
  void theTextChangesBehindAFlowsComparison() {
    Map<String, org.demarc.model.DataFlow> flows = UnitCaseTest.scenarioFlows();
    var usb = ENGINE.compare(flows.get("usb-stick-home-unencrypted"), Edition.E2007_V2, Edition.E2008_V3);
    assertThat(FORWARD.behind(usb)).extracting(TextChange::id).containsExactly("D1");
    var typical = ENGINE.compare(flows.get("typical-three-segment-compliant"), Edition.E2007_V2, Edition.E2008_V3);
    assertThat(FORWARD.behind(typical)).extracting(TextChange::id).contains("D6").doesNotContain("D1", "D8");
  }

  /** Read the other way, what the draft added is removed, and the seed lines of each side follow. */
  @Test
  void readBackwardsAdditionsAreRemovals() {
    GuidelineChanges back = ENGINE.changes(Edition.E2008_V3, Edition.E2007_V2);
    assertThat(back.textChanges().get(0).kind()).isEqualTo(TextChangeKind.DELETED);
    assertThat(back.textChanges().get(0).fromLines()).isEqualTo("P:L6-150");
    assertThat(back.textChanges().get(6).kind()).isEqualTo(TextChangeKind.ADDED); // D7: the chapter 8 pointer
    assertThat(rules(back).get("G-6.9-C-01").kinds()).containsExactly(RuleChangeKind.REMOVED);
    assertThat(rules(back).get("G-6.11-B0-03").kinds()).containsExactly(RuleChangeKind.ADDED);
    assertThat(back.unchangedRules()).isEqualTo(FORWARD.unchangedRules());
    GuidelineChanges same = ENGINE.changes(Edition.E2008_V3, Edition.E2008_V3);
    assertThat(same.textChanges()).isEmpty();
    assertThat(same.ruleChanges()).isEmpty();
  }
}

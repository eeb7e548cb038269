package org.demarc.engine;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Edition;
import org.demarc.model.result.GuidelineChanges.TextChange;
import org.demarc.model.result.GuidelineChanges.TextChangeKind;

/**
 * The changes of the guideline's text between edition 2 and the edition 3 draft, as the seed's revision table shows
 * them: the rule catalogue's edition diff (D1 to D21), each with the seed lines of both columns (C: current, P:
 * proposed) and the rules it bears on. Topic and note are texts of the engine's bundle ({@code change.D1.topic}, ...).
 */
final class GuidelineTextChanges {
  private GuidelineTextChanges() {}

  private record Entry(String id, TextChangeKind kind, String currentLines, String proposedLines, List<String> rules,
      boolean unclear) {}

  private static final List<String> TAKE_OUT = List.of("G-6.9-00", "G-6.9-C-01", "G-6.9-C-02", "G-6.9-C-03",
      "G-6.9-C-04", "G-6.9-C-05", "G-6.9-C-06", "G-6.9-C-07", "G-6.9-C-08", "G-6.9-C-09", "G-6.9-C-10", "G-6.9-D-01",
      "G-6.9-D-02", "G-6.9-D-03");
  private static final List<String> DEMARCATION = List.of("CC-01", "CC-02", "CC-03", "CC-04", "CC-05", "CC-06",
      "CC-07", "CC-09", "CC-16", "G-6.11-B1-01", "G-6.11-B1-02", "G-6.11-B1-03", "G-6.11-B1-04", "G-6.11-B1-05",
      "G-6.11-B1-06", "G-6.11-B1-07", "G-6.11-B1-08", "G-6.11-B1-09", "G-6.11-B1-10", "G-6.11-B1-11", "G-6.11-B1-12",
      "G-6.11-B1-13", "G-6.11-B1-14");

  /** In the order of the catalogue; lines as in its table. */
  private static final List<Entry> ENTRIES = List.of(
      new Entry("D1", TextChangeKind.ADDED, null, "P:L6-150", TAKE_OUT, false),
      new Entry("D2", TextChangeKind.RENUMBERED, "C:L189 C:L272", "P:L153 P:L224",
          List.of("G-6.10-B-01", "G-6.10-B-03", "G-6.10-C-03", "G-6.10-ELIDED"), false),
      new Entry("D3", TextChangeKind.WORDING, "C:L214", "P:L178", List.of("G-6.10-B-03"), false),
      new Entry("D4", TextChangeKind.ADDED, null, "P:L229-231", List.of("G-6.11-B0-01"), false),
      new Entry("D5", TextChangeKind.ADDED, "C:L275-286", "P:L237-244",
          List.of("G-6.11-B0-01", "G-6.11-B3-01", "G-6.11-B3-11"), false),
      new Entry("D6", TextChangeKind.ADDED, "C:L298-302", "P:L253-255", List.of("G-6.11-B0-02"), false),
      new Entry("D7", TextChangeKind.DELETED, "C:L312-318", null, List.of("G-6.11-B0-03"), false),
      new Entry("D8", TextChangeKind.MOVED, "C:L381-522", "P:L328-332 P:L376 P:L523 P:L789-790", DEMARCATION, false),
      new Entry("D9", TextChangeKind.RENUMBERED, "C:L585 C:L824", "P:L327 P:L768", List.of(), false),
      new Entry("D10", TextChangeKind.CLARIFIED, "C:L593", "P:L335", List.of("G-6.11-B2-01"), false),
      new Entry("D11", TextChangeKind.WORDING, "C:L600-603", "P:L342-346", List.of("G-6.11-B2-01"), false),
      new Entry("D12", TextChangeKind.ADDED, null, "P:L362-368 P:L651 P:L770-774 P:L1147-1149",
          List.of("G-6.11-B2-02"), false),
      new Entry("D13", TextChangeKind.CLARIFIED, "C:L711-713", "P:L658-660", List.of("G-6.11-B2-04"), false),
      new Entry("D14", TextChangeKind.RENUMBERED, "C:L731 C:L820", "P:L678 P:L764", List.of("G-6.11-B2-10"), false),
      new Entry("D15", TextChangeKind.ADDED, null, "P:L770-774", List.of(), false),
      new Entry("D16", TextChangeKind.ADDED, "C:L835-839", "P:L781-789", List.of("G-6.11-B3-01"), false),
      new Entry("D17", TextChangeKind.ADDED, null, "P:L902-907 P:L957-961", List.of("G-6.11-B3-11"), false),
      new Entry("D18", TextChangeKind.REORDERED, "C:L1158-1160 C:L1178-1184", "P:L1123-1131",
          List.of("G-6.11-B3-08"), false),
      new Entry("D19", TextChangeKind.CLARIFIED, "C:L1199-1201", "P:L1145-1149", List.of("G-6.11-B3-09"), false),
      new Entry("D20", TextChangeKind.RENUMBERED, null, null, List.of(), false),
      new Entry("D21", TextChangeKind.UNCLEAR, "C:L381-382", null, List.of(), true));

  /** The changes read from one edition to the other (the same edition: none). */
  static List<TextChange> between(Edition from, Edition to, Texts texts) {
    if (from == to || !java.util.Set.of(from, to).equals(java.util.Set.of(Edition.E2007_V2, Edition.E2008_V3))) {
      return List.of(); // the revision table compares these two; a later edition brings its own list
    }
    List<TextChange> out = new ArrayList<>();
    boolean forward = from.compareTo(to) < 0;
    for (Entry e : ENTRIES) {
      TextChangeKind kind = forward ? e.kind()
          : e.kind() == TextChangeKind.ADDED ? TextChangeKind.DELETED
          : e.kind() == TextChangeKind.DELETED ? TextChangeKind.ADDED : e.kind();
      out.add(new TextChange(e.id(), kind, texts.get("change." + e.id() + ".topic"),
          forward ? e.currentLines() : e.proposedLines(), forward ? e.proposedLines() : e.currentLines(), e.rules(),
          texts.get("change." + e.id() + ".note"), e.unclear()));
    }
    return List.copyOf(out);
  }

  /** Every rule id the changes name (for the test that each exists). */
  static List<String> ruleIds() {
    return ENTRIES.stream().flatMap(e -> e.rules().stream()).distinct().toList();
  }
}

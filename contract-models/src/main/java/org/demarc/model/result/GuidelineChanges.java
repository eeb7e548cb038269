package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * What changes in the guideline between two editions, whatever the flow: the changes of the text the seed's revision
 * table shows (the rule catalogue's edition diff), and how each rule differs between the two editions' rule bases.
 *
 * @param from the first edition
 * @param to the second edition
 * @param textChanges the changes of the guideline's text, as the revision table shows them, read from {@code from}
 *     to {@code to} (a section added in the later edition is removed when read from the later to the earlier)
 * @param ruleChanges the rules that differ: added, removed, or with variants, strength or wording of their own; sorted
 *     by rule id. Each carries its citation under both editions, so where it is cited from shows too
 * @param unchangedRules how many rules both editions have alike (the same variants, strength and wording): each is
 *     cited from its own edition's clause all the same, since every section is renumbered (D2, D9) or moved (D8)
 */
public record GuidelineChanges(
    Edition from, Edition to, List<TextChange> textChanges, List<RuleChange> ruleChanges, int unchangedRules) {

  /**
   * The text changes behind what changes for one flow: those that bear on a rule a finding only one edition makes, or
   * one both make that differs, comes from.
   *
   * @param comparison the flow's comparison between the same two editions
   * @return those text changes, in order
   */
  public List<TextChange> behind(EditionComparison comparison) {
    java.util.Set<String> rules = new java.util.HashSet<>();
    comparison.added().forEach(f -> rules.add(f.ruleId()));
    comparison.removed().forEach(f -> rules.add(f.ruleId()));
    comparison.changed().forEach(f -> rules.add(f.after().ruleId()));
    return textChanges.stream().filter(t -> t.rules().stream().anyMatch(rules::contains)).toList();
  }

  /**
   * One change of the guideline's text between the two editions.
   *
   * @param id the change's id in the rule catalogue's edition diff (D1, D2, ...)
   * @param kind what kind of change it is
   * @param topic what changes
   * @param fromLines where the first edition says it in the seed (C: current column, P: proposed), or null
   * @param toLines where the second edition says it, or null
   * @param rules the rules it bears on (their ids), empty when none
   * @param note what it changes for Demarc's answers
   * @param needsHumanReview whether the seed's text leaves the change itself unclear (to check against the original)
   */
  public record TextChange(String id, TextChangeKind kind, Text topic, String fromLines, String toLines,
      List<String> rules, Text note, boolean needsHumanReview) {}

  /** The kinds of change the revision table shows. */
  public enum TextChangeKind {
    /** Text only the second edition has. */
    ADDED,
    /** Text only the first edition has. */
    DELETED,
    /** The same text, in another place of the guideline. */
    MOVED,
    /** The same text under another number. */
    RENUMBERED,
    /** The text says more precisely what it meant. */
    CLARIFIED,
    /** Other words, the same meaning. */
    WORDING,
    /** The same sentences in another order. */
    REORDERED,
    /** What the seed's text shows cannot be read with certainty. */
    UNCLEAR
  }

  /**
   * How one rule differs between the two editions' rule bases.
   *
   * @param ruleId the rule id
   * @param kinds how it differs, in the order of {@link RuleChangeKind}
   * @param title the rule's title
   * @param from its citation under the first edition, or null when the first edition lacks it
   * @param to its citation under the second edition, or null when the second edition lacks it
   * @param variants the variants that differ (added, removed, other strength or wording), empty when none do
   */
  public record RuleChange(String ruleId, List<RuleChangeKind> kinds, Text title, Citation from, Citation to,
      List<VariantChange> variants) {}

  /** How a rule differs. */
  public enum RuleChangeKind {
    /** Only the second edition has the rule. */
    ADDED,
    /** Only the first edition has the rule. */
    REMOVED,
    /** A variant only one of the editions has. */
    VARIANTS,
    /** A variant both have, with another strength. */
    STRENGTH,
    /** A variant both have, in other words. */
    WORDING
  }

  /**
   * One variant of a rule (one way it can apply) that differs between the editions.
   *
   * @param variant the variant's name, without its edition mark
   * @param kind {@code VARIANTS} for a variant only one edition has, else {@code STRENGTH} or {@code WORDING}
   * @param fromStrength its strength under the first edition, or null when the first edition lacks it
   * @param toStrength its strength under the second edition, or null when the second edition lacks it
   * @param fromMessage its finding's message under the first edition (placeholders in braces), or null
   * @param toMessage its finding's message under the second edition, or null
   */
  public record VariantChange(String variant, RuleChangeKind kind, Strength fromStrength, Strength toStrength,
      Text fromMessage, Text toMessage) {}
}

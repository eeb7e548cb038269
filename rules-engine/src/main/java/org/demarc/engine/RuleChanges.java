package org.demarc.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.demarc.model.Edition;
import org.demarc.model.result.Citation;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.GuidelineChanges.RuleChange;
import org.demarc.model.result.GuidelineChanges.RuleChangeKind;
import org.demarc.model.result.GuidelineChanges.VariantChange;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Text;

/**
 * How two editions' rule bases differ, rule by rule, read from the rules' own metadata: which rules each has, and each
 * variant's strength and wording. Every section is numbered differently in the two editions (and B-1 moved to chapter
 * 4): that is a text change of its own (D2, D8, D9), and each rule's two citations show it, so it does not make a rule
 * differ. A variant written once per edition carries the edition
 * in its name ({@code "G-6.11-B0-02 threats [E2007]"}); without that mark the two are the same variant.
 */
final class RuleChanges {
  private static final Pattern EDITION_MARK = Pattern.compile("\\s*\\[E\\d{4}[^\\]]*\\]$");

  private RuleChanges() {}

  static GuidelineChanges between(Edition from, Edition to, RuleBase fromBase, RuleBase toBase, Citations citations,
      Texts texts) {
    Map<String, List<RuleMeta>> a = fromBase.findingRules();
    Map<String, List<RuleMeta>> b = toBase.findingRules();
    List<RuleChange> changes = new ArrayList<>();
    int unchanged = 0;
    for (String id : new TreeSet<>(union(a.keySet(), b.keySet()))) {
      List<RuleMeta> va = a.get(id);
      List<RuleMeta> vb = b.get(id);
      Citation ca = va == null ? null : citations.of(strongest(va), fromBase.editionId());
      Citation cb = vb == null ? null : citations.of(strongest(vb), toBase.editionId());
      Text title = texts.get("title." + id);
      if (va == null || vb == null) {
        changes.add(new RuleChange(id, List.of(va == null ? RuleChangeKind.ADDED : RuleChangeKind.REMOVED), title, ca,
            cb, List.of()));
        continue;
      }
      List<VariantChange> variants = new ArrayList<>();
      TreeSet<RuleChangeKind> kinds = new TreeSet<>();
      Map<String, RuleMeta> byA = byName(va);
      Map<String, RuleMeta> byB = byName(vb);
      for (String name : union(byA.keySet(), byB.keySet())) {
        RuleMeta x = byA.get(name);
        RuleMeta y = byB.get(name);
        RuleChangeKind kind;
        if (x == null || y == null) {
          kind = RuleChangeKind.VARIANTS;
        } else if (x.strength() != y.strength()) {
          kind = RuleChangeKind.STRENGTH;
        } else if (!Objects.equals(x.messageJa(), y.messageJa()) || !Objects.equals(x.messageEn(), y.messageEn())) {
          kind = RuleChangeKind.WORDING;
        } else {
          continue;
        }
        kinds.add(kind);
        variants.add(new VariantChange(name, kind, x == null ? null : x.strength(), y == null ? null : y.strength(),
            message(x), message(y)));
      }
      if (kinds.isEmpty()) {
        unchanged++;
      } else {
        changes.add(new RuleChange(id, List.copyOf(kinds), title, ca, cb, List.copyOf(variants)));
      }
    }
    return new GuidelineChanges(from, to, GuidelineTextChanges.between(from, to, texts), List.copyOf(changes),
        unchanged);
  }

  /** A rule's variants by name without the edition mark, in the order of the rule base. */
  private static Map<String, RuleMeta> byName(List<RuleMeta> variants) {
    Map<String, RuleMeta> out = new LinkedHashMap<>();
    for (RuleMeta m : variants) {
      out.put(EDITION_MARK.matcher(m.name()).replaceFirst(""), m);
    }
    return out;
  }

  private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
    List<T> out = new ArrayList<>(a);
    for (T t : b) {
      if (!a.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static Text message(RuleMeta m) {
    return m == null ? null : new Text(m.messageJa(), m.messageEn());
  }

  /**
   * The variant a rule is cited by, as the rule listings cite it: the strongest, and among the strongest the one that
   * rests on the seed's text rather than on Demarc's reading of it or on recalled text, whatever the variants are named
   * (a rule the seed states, with a variant for a case the seed leaves open, is listed as the seed's; each finding
   * still carries its own variant's basis).
   */
  static RuleMeta strongest(List<RuleMeta> variants) {
    // Basis is declared from the most certain (the seed) to the least, the order answers merge citations by too
    return variants.stream().min(Comparator.<RuleMeta>comparingInt(m -> ORDER.indexOf(m.strength()))
        .thenComparing(RuleMeta::basis)).orElseThrow();
  }

  private static final List<Strength> ORDER = List.of(Strength.PROHIBIT, Strength.MUST, Strength.SHOULD, Strength.INFO);
}

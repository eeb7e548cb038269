package org.demarc.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingChange;
import org.demarc.model.result.Responsibility;

/** The difference between two evaluations of one flow; findings are matched by their stable ids. */
final class Comparisons {
  private Comparisons() {}

  static EditionComparison diff(EvaluationResult a, EvaluationResult b) {
    Map<String, Finding> before = byId(a.findings());
    Map<String, Finding> after = byId(b.findings());
    List<Finding> added = new ArrayList<>();
    List<Finding> removed = new ArrayList<>();
    List<FindingChange> changed = new ArrayList<>();
    for (Finding f : b.findings()) {
      if (!before.containsKey(f.id())) {
        added.add(f);
      }
    }
    for (Finding f : a.findings()) {
      Finding g = after.get(f.id());
      if (g == null) {
        removed.add(f);
        continue;
      }
      List<String> changes = new ArrayList<>();
      if (f.kind() != g.kind()) {
        changes.add("kind");
      }
      if (a.citation(f).strength() != b.citation(g).strength()) {
        changes.add("strength");
      }
      if (!Objects.equals(f.party(), g.party())) {
        changes.add("party");
      }
      if (!f.message().equals(g.message())) {
        changes.add("text");
      }
      if (f.needsHumanReview() != g.needsHumanReview()) {
        changes.add("review");
      }
      if (!changes.isEmpty()) {
        changed.add(new FindingChange(f.id(), f, g, List.copyOf(changes)));
      }
    }
    Map<String, Responsibility> ra = perParty(a.responsibilities());
    Map<String, Responsibility> rb = perParty(b.responsibilities());
    List<Responsibility> respAdded = regroup(rb, ra.keySet());
    List<Responsibility> respRemoved = regroup(ra, rb.keySet());
    return new EditionComparison(a.flowId(), a.edition(), b.edition(), a.verdict(), b.verdict(),
        a.verdict() != b.verdict(), List.copyOf(added), List.copyOf(removed), List.copyOf(changed), respAdded,
        respRemoved, a, b);
  }

  private static Map<String, Finding> byId(List<Finding> findings) {
    Map<String, Finding> out = new LinkedHashMap<>();
    findings.forEach(f -> out.put(f.id(), f));
    return out;
  }

  /**
   * Each party's share of each group, keyed by who holds which responsibility where (the rule that assigns it may
   * differ between editions): linear in parties times groups.
   */
  private static Map<String, Responsibility> perParty(List<Responsibility> groups) {
    Map<String, Responsibility> out = new LinkedHashMap<>();
    for (Responsibility r : groups) {
      for (String p : r.parties()) {
        out.putIfAbsent(p + "|" + r.type() + "|" + r.segments() + "|" + r.threats(),
            new Responsibility(r.type(), List.of(p), r.segments(), r.threats(), r.scope(), r.ruleId(), r.subjectKind()));
      }
    }
    return out;
  }

  /** The shares whose key the other side lacks, grouped again across parties. */
  private static List<Responsibility> regroup(Map<String, Responsibility> shares, Set<String> otherKeys) {
    Map<List<Object>, List<String>> parties = new LinkedHashMap<>();
    Map<List<Object>, Responsibility> first = new LinkedHashMap<>();
    shares.forEach((key, r) -> {
      if (!otherKeys.contains(key)) {
        List<Object> g = java.util.Arrays.asList(r.type(), r.segments(), r.threats(), r.scope(), r.ruleId());
        parties.computeIfAbsent(g, k -> new ArrayList<>()).add(r.parties().get(0));
        first.putIfAbsent(g, r);
      }
    });
    List<Responsibility> out = new ArrayList<>(parties.size());
    parties.forEach((g, ps) -> {
      Responsibility r = first.get(g);
      out.add(new Responsibility(r.type(), ps.stream().sorted().toList(), r.segments(), r.threats(), r.scope(),
          r.ruleId(), r.subjectKind()));
    });
    return List.copyOf(out);
  }
}

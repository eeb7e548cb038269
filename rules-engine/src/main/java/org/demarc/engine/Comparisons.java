package org.demarc.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
      if (f.citation().strength() != g.citation().strength()) {
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
    Set<String> ra = a.responsibilities().stream().map(Comparisons::key).collect(Collectors.toSet());
    Set<String> rb = b.responsibilities().stream().map(Comparisons::key).collect(Collectors.toSet());
    List<Responsibility> respAdded = distinct(b.responsibilities().stream().filter(r -> !ra.contains(key(r))).toList());
    List<Responsibility> respRemoved = distinct(a.responsibilities().stream().filter(r -> !rb.contains(key(r))).toList());
    return new EditionComparison(a.flowId(), a.edition(), b.edition(), a.verdict(), b.verdict(),
        a.verdict() != b.verdict(), List.copyOf(added), List.copyOf(removed), List.copyOf(changed), respAdded,
        respRemoved, a, b);
  }

  private static Map<String, Finding> byId(List<Finding> findings) {
    Map<String, Finding> out = new LinkedHashMap<>();
    findings.forEach(f -> out.put(f.id(), f));
    return out;
  }

  /** Who holds which responsibility where: the rule that assigns it may differ between editions. */
  private static String key(Responsibility r) {
    return r.party() + "|" + r.type() + "|" + r.segment() + "|" + r.threat();
  }

  private static List<Responsibility> distinct(List<Responsibility> list) {
    Map<String, Responsibility> out = new LinkedHashMap<>();
    list.forEach(r -> out.putIfAbsent(key(r), r));
    return List.copyOf(out.values());
  }
}

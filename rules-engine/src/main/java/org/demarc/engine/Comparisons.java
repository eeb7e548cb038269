package org.demarc.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.FlowImpact;
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

  /**
   * What an edition change does to one flow and its linked contracts: the comparison reduced to finding ids and moved
   * responsibilities, and each contract's checklist items that change status.
   */
  static FlowImpact impact(EditionComparison c, ContractCheck fromCheck, ContractCheck toCheck) {
    List<FlowImpact.ContractImpact> contracts = new ArrayList<>();
    if (fromCheck != null && toCheck != null) {
      Map<String, ChecklistItem> before = new LinkedHashMap<>();
      fromCheck.items().forEach(i -> before.put(i.id(), i));
      Map<String, ChecklistItem> after = new LinkedHashMap<>();
      toCheck.items().forEach(i -> after.put(i.id(), i));
      Map<String, List<FlowImpact.ItemChange>> byContract = new java.util.TreeMap<>();
      Map<String, String> counterparty = new LinkedHashMap<>();
      java.util.Set<String> ids = new java.util.LinkedHashSet<>(before.keySet());
      ids.addAll(after.keySet());
      for (String id : ids) {
        ChecklistItem a = before.get(id);
        ChecklistItem b = after.get(id);
        ChecklistStatus sa = a == null ? ChecklistStatus.NOT_APPLICABLE : a.status();
        ChecklistStatus sb = b == null ? ChecklistStatus.NOT_APPLICABLE : b.status();
        if (sa == sb) {
          continue;
        }
        ChecklistItem item = b != null ? b : a;
        String contract = item.contract() != null ? item.contract() : "(no contract with " + item.party() + ")";
        counterparty.putIfAbsent(contract, item.party());
        byContract.computeIfAbsent(contract, k -> new ArrayList<>())
            .add(new FlowImpact.ItemChange(id, item.checklistItem(), item.strength(), sa, sb));
      }
      byContract.forEach((contract, items) -> contracts.add(new FlowImpact.ContractImpact(contract,
          counterparty.get(contract), items.stream().anyMatch(i -> i.to() != ChecklistStatus.COVERED
              && i.to() != ChecklistStatus.NOT_APPLICABLE), List.copyOf(items))));
    }
    return new FlowImpact(c.flowId(), c.from(), c.to(), c.fromVerdict(), c.toVerdict(), c.verdictChanged(),
        c.added().stream().map(Finding::id).toList(), c.removed().stream().map(Finding::id).toList(),
        c.changed().stream().map(FindingChange::id).toList(), c.responsibilitiesAdded(), c.responsibilitiesRemoved(),
        List.copyOf(contracts),
        contracts.stream().filter(FlowImpact.ContractImpact::needsAmending).map(FlowImpact.ContractImpact::contract)
            .toList());
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

package org.demarc.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.FlowImpact;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingChange;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.Threat;

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
    List<Responsibility> respAdded = onlyIn(b.responsibilities(), a.responsibilities());
    List<Responsibility> respRemoved = onlyIn(a.responsibilities(), b.responsibilities());
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
   * The responsibilities one answer assigns and the other does not, cell by cell (a party, a type, a subject and a
   * threat; the rule that assigns it may differ between editions), grouped again: an edition that adds spoofing to the
   * threats reports each party's spoofing row, not its whole group twice. Work and memory grow with each party's groups
   * and the subjects they name, one party's cells at a time.
   */
  static List<Responsibility> onlyIn(List<Responsibility> these, List<Responsibility> others) {
    Map<String, List<Responsibility>> mine = perParty(these);
    Map<String, List<Responsibility>> theirs = perParty(others);
    Map<List<Object>, List<String>> parties = new LinkedHashMap<>();
    Map<List<Object>, Responsibility> first = new LinkedHashMap<>();
    mine.forEach((partyAndType, groups) -> {
      // one party's cells at a time
      Map<String, Cells> bySubject = cells(groups);
      Map<String, Cells> other = cells(theirs.getOrDefault(partyAndType, List.of()));
      // the subjects whose cells the other side lacks, grouped by what is lacking and where it comes from
      Map<List<Object>, List<String>> subjects = new LinkedHashMap<>();
      Map<List<Object>, Responsibility> source = new LinkedHashMap<>();
      bySubject.forEach((subject, cells) -> {
        Cells them = other.get(subject);
        Map<Responsibility, List<Threat>> lacking = new LinkedHashMap<>();
        cells.threats.forEach((threat, from) -> {
          if (them == null || !them.threats.containsKey(threat)) {
            lacking.computeIfAbsent(from, k -> new ArrayList<>()).add(threat);
          }
        });
        lacking.forEach((from, threats) -> {
          // "all threats" (null) and the whole flow ("") stay apart from named threats and segments
          List<Threat> named = threats.stream().filter(Objects::nonNull).toList();
          List<List<Threat>> parts = new ArrayList<>(2);
          if (threats.contains(null)) {
            parts.add(List.of());
          }
          if (!named.isEmpty()) {
            parts.add(named);
          }
          for (List<Threat> ts : parts) {
            List<Object> g = java.util.Arrays.asList(ts, subject.isEmpty(), from.scope(), from.ruleId());
            subjects.computeIfAbsent(g, k -> new ArrayList<>()).add(subject);
            source.putIfAbsent(g, from);
          }
        });
      });
      String party = partyAndType.substring(0, partyAndType.lastIndexOf('|'));
      subjects.forEach((g, subs) -> {
        Responsibility from = source.get(g);
        @SuppressWarnings("unchecked")
        List<Threat> threats = (List<Threat>) g.get(0);
        List<String> segments = subs.stream().filter(x -> !x.isEmpty()).toList();
        List<Object> key = java.util.Arrays.asList(from.type(), segments, threats, from.scope(), from.ruleId());
        parties.computeIfAbsent(key, k -> new ArrayList<>()).add(party);
        first.putIfAbsent(key, new Responsibility(from.type(), List.of(), segments, threats, from.scope(),
            from.ruleId(), from.subjectKind()));
      });
    });
    List<Responsibility> out = new ArrayList<>(parties.size());
    parties.forEach((key, ps) -> {
      Responsibility r = first.get(key);
      out.add(new Responsibility(r.type(), ps.stream().distinct().sorted().toList(), r.segments(), r.threats(),
          r.scope(), r.ruleId(), r.subjectKind()));
    });
    return List.copyOf(out);
  }

  /** One party's cells of one type on one subject: each threat (null: all) and the group that assigns it first. */
  private static final class Cells {
    final Map<Threat, Responsibility> threats = new LinkedHashMap<>();
  }

  /** The groups each party holds, by party and type: linear in parties times groups. */
  private static Map<String, List<Responsibility>> perParty(List<Responsibility> groups) {
    Map<String, List<Responsibility>> out = new LinkedHashMap<>();
    for (Responsibility r : groups) {
      for (String p : r.parties()) {
        out.computeIfAbsent(p + "|" + r.type(), k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /** One party's cells of one type, by subject ("" for the whole flow). */
  private static Map<String, Cells> cells(List<Responsibility> groups) {
    Map<String, Cells> out = new LinkedHashMap<>();
    for (Responsibility r : groups) {
      List<String> subjects = r.segments().isEmpty() ? List.of("") : r.segments();
      List<Threat> threats = r.threats().isEmpty() ? java.util.Collections.singletonList(null) : r.threats();
      for (String subject : subjects) {
        Cells cells = out.computeIfAbsent(subject, k -> new Cells());
        for (Threat t : threats) {
          cells.threats.putIfAbsent(t, r);
        }
      }
    }
    return out;
  }
}

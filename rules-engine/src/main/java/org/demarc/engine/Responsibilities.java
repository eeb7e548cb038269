package org.demarc.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demarc.model.DataFlow;
import org.demarc.model.Segment;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Text;
import org.demarc.model.result.Threat;

/**
 * Responsibilities and the responsibility matrix in grouped form: what the rules assign is merged into rectangles of
 * parties × subjects × threats, so an answer grows with the flow's facts (segments, parties) and not with their
 * product. Every step is linear in the number of groups times segments.
 */
final class Responsibilities {
  private Responsibilities() {}

  /** What the rules assign a party, less the party: the parties assigned the same are one responsibility. */
  record Group(ResponsibilityType type, List<String> segments, List<Threat> threats, Text scope, String ruleId,
      SubjectKind subjectKind) {}

  /** A responsibility less its threats, which merge. */
  private record ThreatsApart(ResponsibilityType type, List<String> parties, List<String> segments, Text scope,
      String ruleId, SubjectKind subjectKind) {}

  /** A responsibility less its subjects, which merge. */
  private record SubjectsApart(ResponsibilityType type, List<String> parties, List<Threat> threats, Text scope,
      String ruleId, SubjectKind subjectKind) {}

  /**
   * The responsibilities from groups with their parties, merged where two groups differ only in threats, then where
   * they differ only in subjects; ordered by rule, type, parties, subjects and threats.
   */
  static List<Responsibility> group(DataFlow flow, Map<Group, Set<String>> groups) {
    Map<String, Integer> order = segmentOrder(flow);
    List<Responsibility> out = new ArrayList<>(groups.size());
    groups.forEach((k, parties) -> out.add(new Responsibility(k.type(), List.copyOf(parties), k.segments(),
        k.threats(), k.scope(), k.ruleId(), k.subjectKind())));
    List<Responsibility> merged = mergeThreats(out);
    merged = mergeSubjects(merged, order);
    // the order's keys worked out once per responsibility, not at each comparison
    List<Sorted> sorted = new ArrayList<>(merged.size());
    for (Responsibility r : merged) {
      sorted.add(new Sorted(r, String.join(",", r.parties()), String.join(",", r.segments()), r.threats().toString()));
    }
    sorted.sort(Comparator.comparing((Sorted x) -> x.r().ruleId()).thenComparing(x -> x.r().type())
        .thenComparing(Sorted::parties).thenComparing(Sorted::segments).thenComparing(Sorted::threats));
    List<Responsibility> result = new ArrayList<>(sorted.size());
    for (Sorted x : sorted) {
      result.add(x.r());
    }
    return List.copyOf(result);
  }

  private record Sorted(Responsibility r, String parties, String segments, String threats) {}

  private static List<Responsibility> mergeThreats(List<Responsibility> in) {
    Map<ThreatsApart, EnumSet<Threat>> threats = new LinkedHashMap<>();
    Map<ThreatsApart, Responsibility> first = new HashMap<>();
    List<Responsibility> out = new ArrayList<>();
    for (Responsibility r : in) {
      if (r.threats().isEmpty()) {
        out.add(r);
        continue;
      }
      ThreatsApart key = new ThreatsApart(r.type(), r.parties(), r.segments(), r.scope(), r.ruleId(), r.subjectKind());
      threats.computeIfAbsent(key, k -> EnumSet.noneOf(Threat.class)).addAll(r.threats());
      first.putIfAbsent(key, r);
    }
    threats.forEach((key, ts) -> {
      Responsibility r = first.get(key);
      out.add(new Responsibility(r.type(), r.parties(), r.segments(), List.copyOf(ts), r.scope(), r.ruleId(),
          r.subjectKind()));
    });
    return out;
  }

  private static List<Responsibility> mergeSubjects(List<Responsibility> in, Map<String, Integer> order) {
    Map<SubjectsApart, LinkedHashSet<String>> subjects = new LinkedHashMap<>();
    Map<SubjectsApart, Responsibility> first = new HashMap<>();
    List<Responsibility> out = new ArrayList<>();
    for (Responsibility r : in) {
      if (r.segments().isEmpty()) {
        out.add(r);
        continue;
      }
      SubjectsApart key = new SubjectsApart(r.type(), r.parties(), r.threats(), r.scope(), r.ruleId(), r.subjectKind());
      subjects.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(r.segments());
      first.putIfAbsent(key, r);
    }
    subjects.forEach((key, ss) -> {
      Responsibility r = first.get(key);
      List<String> sorted = new ArrayList<>(ss);
      if (r.subjectKind() == SubjectKind.SEGMENT) {
        sorted.sort(Comparator.comparing((String s) -> order.getOrDefault(s, Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()));
      }
      out.add(new Responsibility(r.type(), r.parties(), List.copyOf(sorted), r.threats(), r.scope(), r.ruleId(),
          r.subjectKind()));
    });
    return out;
  }

  private static Map<String, Integer> segmentOrder(DataFlow flow) {
    Map<String, Integer> order = new HashMap<>();
    if (flow.segments() != null) {
      for (Segment s : flow.segments()) {
        if (s != null && s.id() != null) {
          order.putIfAbsent(s.id(), order.size());
        }
      }
    }
    return order;
  }

  /**
   * The matrix: for each segment and threat, who holds management responsibility, a partial share or an exemption
   * (from the responsibilities tied to both a segment and a threat), each party once per cell under the largest share
   * it holds there; cells with the same parties grouped into blocks of segments × threats, segments in path order.
   */
  static List<SegmentThreat> matrix(DataFlow flow, List<Responsibility> responsibilities) {
    List<Responsibility> relevant = new ArrayList<>();
    List<Set<String>> segmentSets = new ArrayList<>();
    Set<String> extra = new TreeSet<>();
    Map<String, Integer> order = segmentOrder(flow);
    for (Responsibility r : responsibilities) {
      boolean cellType = r.type() == ResponsibilityType.MANAGEMENT || r.type() == ResponsibilityType.PARTIAL_MANAGEMENT
          || r.type() == ResponsibilityType.EXEMPT;
      if (cellType && !r.segments().isEmpty() && !r.threats().isEmpty()
          && (r.subjectKind() == null || r.subjectKind() == SubjectKind.SEGMENT)) {
        relevant.add(r);
        segmentSets.add(new HashSet<>(r.segments()));
        for (String s : r.segments()) {
          if (!order.containsKey(s)) {
            extra.add(s);
          }
        }
      }
    }
    if (relevant.isEmpty()) {
      return List.of();
    }
    List<String> segments = new ArrayList<>(order.keySet());
    segments.sort(Comparator.comparing(order::get));
    segments.addAll(extra); // segments the flow does not list (none in a valid flow), in id order
    Threat[] threats = Threat.values();
    // each segment's row: per threat, the set of responsibilities covering the cell
    Map<List<BitSet>, List<String>> rows = new LinkedHashMap<>();
    for (String s : segments) {
      List<BitSet> row = new ArrayList<>(threats.length);
      boolean any = false;
      for (Threat t : threats) {
        BitSet cell = new BitSet(relevant.size());
        for (int i = 0; i < relevant.size(); i++) {
          if (segmentSets.get(i).contains(s) && relevant.get(i).threats().contains(t)) {
            cell.set(i);
          }
        }
        any |= !cell.isEmpty();
        row.add(cell);
      }
      if (any) {
        rows.computeIfAbsent(row, k -> new ArrayList<>()).add(s);
      }
    }
    List<SegmentThreat> out = new ArrayList<>();
    rows.forEach((row, rowSegments) -> {
      Map<BitSet, List<Threat>> byCell = new LinkedHashMap<>();
      for (int t = 0; t < threats.length; t++) {
        if (!row.get(t).isEmpty()) {
          byCell.computeIfAbsent(row.get(t), k -> new ArrayList<>()).add(threats[t]);
        }
      }
      byCell.forEach((cell, cellThreats) -> {
        Set<String> responsible = new TreeSet<>();
        Set<String> partial = new TreeSet<>();
        Set<String> exempt = new TreeSet<>();
        cell.stream().forEach(i -> {
          Responsibility r = relevant.get(i);
          (switch (r.type()) {
            case MANAGEMENT -> responsible;
            case PARTIAL_MANAGEMENT -> partial;
            default -> exempt;
          }).addAll(r.parties());
        });
        // A party in two capacities (a consignee service that runs a segment and, in a two-way exchange, sends too)
        // is listed once per cell, by the larger share it holds there: its exemption as an operator does not lift the
        // responsibility it holds as a sender (the responsibilities list keeps both, each with its rule).
        partial.removeAll(responsible);
        exempt.removeAll(responsible);
        exempt.removeAll(partial);
        out.add(new SegmentThreat(List.copyOf(rowSegments), List.copyOf(cellThreats), List.copyOf(responsible),
            List.copyOf(partial), List.copyOf(exempt)));
      });
    });
    return List.copyOf(out);
  }
}

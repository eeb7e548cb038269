package org.demarc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.model.Clause;
import org.demarc.model.Contract;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.Citation;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Text;
import org.demarc.model.result.Threat;
import org.demarc.model.result.VerdictPolicy;

/**
 * Something a result leaves open, at the level a pipeline can fail on: a missing MUST or SHOULD control, a
 * prohibition, a fact the flow left out, a part the edition does not cover, a point a human must review, or an
 * obligation the contracts do not settle.
 *
 * @param level how serious it is
 * @param id stable id (the finding, control or checklist item id), so tools can track it across runs
 * @param ruleId the rule behind it
 * @param message what is open, in Japanese and English
 * @param party the party it concerns, if any
 * @param segment the segment or taken-out item it concerns, if any
 * @param threat the threat it concerns, if any
 * @param citation where it comes from in the guideline
 * @param pointers JSON pointers into the input that it concerns
 */
public record OpenItem(
    Level level, String id, String ruleId, Text message, String party, String segment, Threat threat,
    Citation citation, List<String> pointers) {

  /** How serious an open item is, most serious first. */
  public enum Level {
    /** A MUST obligation is unmet, the flow is prohibited, the edition cannot judge it, or a fact a rule needs is missing. */
    MUST,
    /** A SHOULD recommendation is unmet. */
    SHOULD,
    /** The guideline is ambiguous or silent here: a human must review it. */
    REVIEW;

    /** The level of a policy level, or null. */
    static Level of(VerdictPolicy.Level level) {
      return level == null ? null : valueOf(level.name());
    }

    /** Whether an item at this level fails a pipeline that fails on {@code threshold} and above. */
    public boolean atOrAbove(Level threshold) {
      return compareTo(threshold) <= 0;
    }
  }

  /** The same item pointing at another place in the input. */
  public OpenItem at(String pointer) {
    return new OpenItem(level, id, ruleId, message, party, segment, threat, citation, List.of(pointer));
  }

  /**
   * The open items of an evaluation: missing controls, prohibitions, missing facts, uncovered parts, reviews. Each open
   * point counts once: a finding whose own control is already an open item at the finding's level (a prohibition
   * beside the control it forbids the lack of, a point for review beside the control whose need is to be reviewed) is
   * that item, which carries the finding's message, and is not listed again; a finding of a missing fact keeps its own
   * item, which points at the fact.
   */
  public static List<OpenItem> of(EvaluationResult r) {
    List<OpenItem> out = new ArrayList<>();
    Map<String, Finding> findings = r.findingsById();
    Map<String, Set<Level>> listedWithControl = new HashMap<>();
    for (RequiredControl c : r.controls()) {
      Level level = Level.of(VerdictPolicy.level(c));
      if (level != null) {
        listedWithControl.computeIfAbsent(c.findingId(), k -> new HashSet<>()).add(level);
        Finding f = findings.get(c.findingId());
        Text message = new Text(c.text().ja() + "（" + c.party() + "）" + (f == null ? "" : "：" + f.message().ja()),
            c.text().en() + " (" + c.party() + ")" + (f == null ? "" : ": " + f.message().en()));
        out.add(new OpenItem(level, c.id(), c.ruleId(), message, c.party(), c.segment(), c.threat(),
            r.citation(c, findings), f == null ? List.of() : pointers(f.triggeredBy())));
      }
    }
    Map<String, List<String>> missingByRule = new HashMap<>();
    for (MissingFact m : r.missingFacts()) {
      missingByRule.computeIfAbsent(m.ruleId(), k -> new ArrayList<>()).add(m.pointer());
    }
    Set<String> reported = new HashSet<>();
    for (Finding f : r.findings()) {
      Level level = Level.of(VerdictPolicy.level(f, r.citation(f)));
      boolean listed = level != null && f.kind() != FindingKind.MISSING_FACT // a missing fact keeps its own item
          && listedWithControl.getOrDefault(f.id(), Set.of()).contains(level);
      if (level != null && !listed && reported.add(f.id())) {
        List<String> pointers = f.kind() == FindingKind.MISSING_FACT
            ? missingByRule.getOrDefault(f.ruleId(), pointers(f.triggeredBy())) : pointers(f.triggeredBy());
        out.add(new OpenItem(level, f.id(), f.ruleId(), f.message(), f.party(), f.segment(), f.threat(), r.citation(f),
            pointers));
      }
    }
    out.sort((a, b) -> a.level().compareTo(b.level()));
    return out;
  }

  /** The open items of a contract check: obligations no clause of the right party fully settles. */
  public static List<OpenItem> of(ContractCheck c) {
    return of(c, List.of(), "");
  }

  /**
   * The open items of a contract check, each pointing into the contracts as read: at the clause that only partly
   * settles it or binds the wrong party, else at the contract with the party concerned, else at the list.
   *
   * @param contracts the contracts checked, in input order
   * @param listPointer where the list is in the input, e.g. "/contracts", or "" for a file that is the list
   */
  public static List<OpenItem> of(ContractCheck c, List<Contract> contracts, String listPointer) {
    List<OpenItem> out = new ArrayList<>();
    for (ChecklistItem i : c.items()) {
      Level level = Level.of(VerdictPolicy.level(i.strength()));
      boolean open = switch (i.status()) {
        case MISSING, PARTIAL, WRONG_PARTY, WRONG_COUNTERPARTY, CONTRACT_MISSING -> true;
        case COVERED, NOT_APPLICABLE -> false;
      };
      if (open && level != null) {
        String pointer = pointer(i, contracts, listPointer);
        Text message = new Text(i.checklistItem() + " " + i.text().ja() + "：" + i.message().ja(),
            i.checklistItem() + " " + i.text().en() + ": " + i.message().en());
        out.add(new OpenItem(level, i.id(), i.citation() == null ? i.checklistItem() : i.citation().ruleId(),
            message, i.party(), i.segment(), i.threat(), i.citation(), pointer == null ? List.of() : List.of(pointer)));
      }
    }
    if (c.verdict() == org.demarc.model.result.ContractVerdict.INSUFFICIENT_INFORMATION && c.flowResult() != null) {
      // the facts the flow leaves out that obligations depend on, pointing into the flow (under /flow when the flow
      // and its contracts came as one document)
      String root = "/contracts".equals(listPointer) ? "/flow" : "";
      Set<String> missingFacts = new HashSet<>();
      c.flowResult().findings().stream().filter(f -> f.kind() == FindingKind.MISSING_FACT)
          .forEach(f -> missingFacts.add(f.id()));
      for (OpenItem o : of(c.flowResult())) {
        if (o.level() == Level.MUST && missingFacts.contains(o.id())) {
          out.add(new OpenItem(o.level(), o.id(), o.ruleId(), o.message(), o.party(), o.segment(), o.threat(),
              o.citation(), o.pointers().stream().map(x -> root + x).toList()));
        }
      }
    }
    out.sort((a, b) -> a.level().compareTo(b.level()));
    return out;
  }

  private static String pointer(ChecklistItem item, List<Contract> contracts, String listPointer) {
    for (int k = 0; k < contracts.size(); k++) {
      Contract contract = contracts.get(k);
      if (contract != null && contract.id() != null && contract.id().equals(item.contract())) {
        List<Clause> clauses = contract.clauses() == null ? List.of() : contract.clauses();
        for (int j = 0; j < clauses.size(); j++) {
          if (clauses.get(j) != null && clauses.get(j).id() != null && clauses.get(j).id().equals(item.clause())) {
            return listPointer + "/" + k + "/clauses/" + j;
          }
        }
        return listPointer + "/" + k;
      }
    }
    for (int k = 0; k < contracts.size(); k++) {
      Contract contract = contracts.get(k);
      if (contract != null && item.party() != null && !item.party().equals(contract.institution())
          && contract.signedBy(item.party())) {
        return listPointer + "/" + k;
      }
    }
    return contracts.isEmpty() ? null : listPointer;
  }

  /** The most serious level among the items, or null when nothing is open. */
  public static Level worst(List<OpenItem> items) {
    return items.stream().map(OpenItem::level).min(Enum::compareTo).orElse(null);
  }

  /** The pointer part of "triggered by" entries such as "/recipients/0 party=clinic identifiedInAdvance=true". */
  private static List<String> pointers(List<String> triggeredBy) {
    List<String> out = new ArrayList<>(triggeredBy.size());
    for (String t : triggeredBy) {
      int space = t.indexOf(' ');
      out.add(space < 0 ? t : t.substring(0, space));
    }
    return out;
  }
}

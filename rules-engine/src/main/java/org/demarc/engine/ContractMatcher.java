package org.demarc.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demarc.model.Clause;
import org.demarc.model.Contract;
import org.demarc.model.ControlType;
import org.demarc.model.result.ChecklistItem;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.Citation;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Text;
import org.demarc.model.result.Threat;
import org.demarc.model.result.UnusedClause;

/**
 * Matches obligations (controls the rules say a contract must settle) against contract clauses. A clause covers an
 * obligation when it has the obligation's type (or another name of the same duty, {@link ControlType#alsoShownBy()}),
 * binds its party (or both parties), sits in a contract between that party and whom the obligation is agreed with (the
 * catalogue's "Between" column, see {@link Counterpart}), and covers its segment and threats.
 */
final class ContractMatcher {
  private static final Set<Threat> TAMPER_INTRUSION_INTERFERENCE = EnumSet.of(Threat.TAMPERING, Threat.INTRUSION, Threat.INTERFERENCE);
  private final Texts texts;

  ContractMatcher(Texts texts) {
    this.texts = texts;
  }

  /** Whom an obligation of the contract checklist is agreed with: the rule catalogue's "Between" column. */
  enum Counterpart {
    /**
     * The provider: source ⇄ recipient (CC-01, CC-02), institution ⇄ maintenance vendor (CC-09) or consignee (CC-16).
     */
    PROVIDER,
    /**
     * A medical institution of the flow, each within its own scope (C:L448-455): the provider or a recipient (not a
     * patient, nor a staff member or patient reaching the institution from outside); never another carrier or service
     * (CC-03 to CC-08).
     */
    INSTITUTION,
    /** Anyone: the item names no counterpart. */
    ANY;

    static Counterpart of(String checklistItem) {
      if (checklistItem == null) {
        return ANY;
      }
      return switch (checklistItem) {
        case "CC-01", "CC-02", "CC-09", "CC-16" -> PROVIDER;
        case "CC-03", "CC-03b", "CC-04", "CC-05", "CC-06", "CC-07", "CC-08" -> INSTITUTION;
        default -> ANY;
      };
    }
  }

  /**
   * The flow's parties an obligation may be agreed with.
   *
   * @param provider the provider's id
   * @param institutions the provider and the recipients other than patients, in the flow's order
   * @param segments the ids of the flow's segments
   */
  record Institutions(String provider, Set<String> institutions, Set<String> segments) {
    /**
     * The provider and the recipients of the flow; a patient receiving their own information has no scope of its own to
     * contract for.
     */
    static Institutions of(org.demarc.model.DataFlow flow) {
      Set<String> institutions = new LinkedHashSet<>();
      institutions.add(flow.provider());
      if (flow.recipients() != null) {
        flow.recipients().stream().map(org.demarc.model.Recipient::party)
            .filter(r -> flow.party(r) == null || !flow.party(r).has(org.demarc.model.PartyRole.PATIENT))
            .forEach(institutions::add);
      }
      Set<String> segments = new LinkedHashSet<>();
      if (flow.segments() != null) {
        flow.segments().stream().filter(x -> x != null && x.id() != null).forEach(x -> segments.add(x.id()));
      }
      return new Institutions(flow.provider(), institutions, segments);
    }

    boolean accepts(Counterpart counterpart, String party) {
      return switch (counterpart) {
        case PROVIDER -> provider.equals(party);
        case INSTITUTION -> institutions.contains(party);
        case ANY -> true;
      };
    }
  }

  /**
   * @param checkSegments whether obligations carry real segment ids (a flow check) rather than the contract id
   * @param missingContracts whether to report parties with obligations but no contract at all
   * @param institutions whom the flow's obligations may be agreed with, or null for a contract reviewed on its own
   */
  List<ChecklistItem> match(List<RequiredControl> obligations, java.util.function.Function<RequiredControl, Citation> citationOf,
      List<Contract> contracts, boolean checkSegments, boolean missingContracts, Institutions institutions) {
    List<ChecklistItem> items = new ArrayList<>();
    Map<Integer, RequiredControl> missing = new java.util.LinkedHashMap<>();
    Set<String> partiesWithoutContract = new LinkedHashSet<>();
    for (RequiredControl o : obligations) {
      List<Contract> withParty = contracts.stream()
          .filter(c -> c.signedBy(o.party())).toList();
      if (missingContracts && withParty.isEmpty() && partiesWithoutContract.add(o.party())) {
        items.add(new ChecklistItem("contract|" + o.party(), null, null, texts.format("checklist.CONTRACT_MISSING", "party", o.party()),
            o.party(), null, null, Strength.MUST, ChecklistStatus.CONTRACT_MISSING,
            texts.format("checklist.CONTRACT_MISSING", "party", o.party()), null, null, null, citationOf.apply(o)));
      }
      ChecklistItem item = item(o, withParty, checkSegments, citationOf.apply(o), institutions);
      if (item.status() == ChecklistStatus.MISSING) {
        missing.put(items.size(), o);
      }
      items.add(item);
    }
    if (institutions != null && !missing.isEmpty()) {
      agreedWithAnother(items, missing, ResultAssembler.shownFor(obligations), contracts, checkSegments, institutions);
    }
    return items;
  }

  /**
   * An obligation no clause settles, while a clause of its kind that settles nothing sits in a contract between whom
   * the obligation is agreed with and another party: the demarcation agreement signed with the carrier instead of the
   * recipient, a carrier's terms in the contract with another carrier. The clause is assigned to the wrong party, and
   * the item says so ({@link ChecklistStatus#WRONG_PARTY}, naming the clause and whom it is agreed with) instead of only
   * missing. Each such clause is named once, for the first obligation it could have settled; one in a contract with a
   * party that is asked the same duty itself (a second demarcation clause in the agreement with another recipient) is
   * only a clause too many, not one assigned to the wrong party.
   *
   * @param asked the parties asked a duty each type of clause shows
   */
  private void agreedWithAnother(List<ChecklistItem> items, Map<Integer, RequiredControl> missing,
      Map<ControlType, Set<String>> asked, List<Contract> contracts, boolean checkSegments, Institutions institutions) {
    Set<String> named = new java.util.HashSet<>();
    items.forEach(i -> named.addAll(i.clauseRefs()));
    for (Map.Entry<Integer, RequiredControl> e : missing.entrySet()) {
      RequiredControl o = e.getValue();
      Counterpart counterpart = Counterpart.of(o.checklistItem());
      if (counterpart == Counterpart.ANY) {
        continue;
      }
      for (Contract c : contracts) {
        // the contract's parties on the other side from whom the obligation is agreed with
        List<String> others = c.signatories().stream()
            .filter(x -> x != null && !institutions.accepts(counterpart, x)).toList();
        if (c.signedBy(o.party()) || others.size() == c.signatories().size() || others.isEmpty()) {
          continue;
        }
        Clause cl = idleClause(c, o, others, asked, checkSegments, named);
        if (cl != null) {
          String with = cl.binds() != null && others.contains(cl.binds()) ? cl.binds() : String.join("`, `", others);
          ChecklistItem was = items.get(e.getKey());
          items.set(e.getKey(), new ChecklistItem(was.id(), was.checklistItem(), was.control(), was.text(),
              was.party(), was.segment(), was.threat(), was.strength(), ChecklistStatus.WRONG_PARTY,
              texts.format("checklist.WRONG_PARTY_CONTRACT", "contract", c.id(), "clause", cl.id(), "other", with,
                  "party", o.party()),
              c.id(), cl.id(), null, was.citation()));
          break;
        }
      }
    }
  }

  /**
   * The first clause of the contract that would show the obligation but settles nothing ({@code named} holds the
   * clauses already named, and gains this one), unless a party on the contract's other side is asked that duty itself.
   */
  private static Clause idleClause(Contract c, RequiredControl o, List<String> others,
      Map<ControlType, Set<String>> asked, boolean checkSegments, Set<String> named) {
    for (Clause cl : c.clauses() == null ? List.<Clause>of() : c.clauses()) {
      if (cl != null && cl.type() != null && cl.id() != null && o.control().shownBy(cl.type())
          && coversSegment(cl, o, checkSegments)
          && others.stream().noneMatch(x -> asked.getOrDefault(cl.type(), Set.of()).contains(x))
          && named.add(c.id() + " " + cl.id())) {
        return cl;
      }
    }
    return null;
  }

  /** The clauses of these contracts that show the obligation's control: those of its own type first. */
  private static List<Piece> candidates(RequiredControl o, List<Contract> withParty) {
    List<Piece> own = new ArrayList<>();
    List<Piece> otherName = new ArrayList<>();
    for (Contract c : withParty) {
      for (Clause cl : c.clauses() == null ? List.<Clause>of() : c.clauses()) {
        if (cl != null && cl.type() != null && o.control().shownBy(cl.type())) {
          (cl.type() == o.control() ? own : otherName).add(new Piece(c, cl));
        }
      }
    }
    own.addAll(otherName);
    return own;
  }

  private ChecklistItem item(RequiredControl o, List<Contract> withParty, boolean checkSegments, Citation citation,
      Institutions institutions) {
    Contract partialContract = null;
    Clause partial = null;
    Text gap = null;
    Contract wrongContract = null;
    Clause wrong = null;
    Contract elsewhereContract = null;
    Clause elsewhere = null;
    Text elsewhereWith = null;
    Counterpart counterpart = Counterpart.of(o.checklistItem());
    // clauses of the right party and counterpart that cover the segment but only some of the threats: together they may
    // cover all of them (tampering in one clause, intrusion and interference in another)
    Set<Threat> needed = neededThreats(o);
    Set<Threat> together = EnumSet.noneOf(Threat.class);
    List<Piece> pieces = new ArrayList<>();
    // a clause of the obligation's own type is matched before one of another name of the same duty, so that a
    // contract with both (a consignment clause and a personal-information entrustment clause) uses each for its own
    for (Piece candidate : candidates(o, withParty)) {
      Contract c = candidate.contract();
      Clause cl = candidate.clause();
      // the other parties of the contract: one in a contract between two, every other signatory of a multi-party one,
      // which settles the duty with whichever of them it is agreed with
      List<String> others = c.signatories().stream().filter(x -> x != null && !x.equals(o.party())).toList();
      Text other = new Text(String.join("`、`", others), String.join("`, `", others));
      boolean rightCounterpart =
          institutions == null || others.stream().anyMatch(x -> institutions.accepts(counterpart, x));
      // an allocation is settled by a clause naming either party of the contract (ControlType#allocation; validation
      // keeps a clause's binds to one of its parties)
      boolean rightParty = cl.binds() == null || cl.binds().equals(o.party()) || o.control().allocation();
      if (!rightCounterpart) {
        if (rightParty && elsewhere == null) {
          elsewhere = cl;
          elsewhereContract = c;
          elsewhereWith = other;
        }
        continue;
      }
      if (!rightParty) {
        wrong = wrong == null ? cl : wrong;
        wrongContract = wrongContract == null ? c : wrongContract;
        continue;
      }
      Text missingScope = gap(cl, o, checkSegments, institutions);
      if (missingScope == null) {
        return build(o, ChecklistStatus.COVERED, c.id(), cl.id(), citation, "contract", c.id(), "clause", cl.id());
      }
      if (partial == null) {
        partial = cl;
        partialContract = c;
        gap = missingScope;
      }
      if (coversSegment(cl, o, checkSegments) && cl.threats() != null) {
        Set<Threat> adds = EnumSet.noneOf(Threat.class);
        adds.addAll(needed);
        adds.retainAll(cl.threats());
        adds.removeAll(together);
        if (!adds.isEmpty()) {
          together.addAll(adds);
          pieces.add(new Piece(c, cl));
        }
      }
    }
    if (pieces.size() > 1 && together.containsAll(needed)) {
      List<String> refs = pieces.stream().map(p -> p.contract().id() + " " + p.clause().id()).toList();
      return build(o, ChecklistStatus.COVERED, pieces.get(0).contract().id(), pieces.get(0).clause().id(), refs,
          citation, "clauses", String.join(", ", refs));
    }
    if (partial != null) {
      return build(o, ChecklistStatus.PARTIAL, partialContract.id(), partial.id(), citation,
          "contract", partialContract.id(), "clause", partial.id(), "gap", gap);
    }
    if (wrong != null) {
      return build(o, ChecklistStatus.WRONG_PARTY, wrongContract.id(), wrong.id(), citation,
          "contract", wrongContract.id(), "clause", wrong.id(), "bound", wrong.binds(), "party", o.party());
    }
    if (elsewhere != null) {
      Text expected = counterpart == Counterpart.PROVIDER
          ? texts.format("checklist.counterpart.PROVIDER", "provider", institutions.provider())
          : texts.format("checklist.counterpart.INSTITUTION", "institutions",
              String.join(", ", institutions.institutions().stream().map(i -> "`" + i + "`").toList()));
      return build(o, ChecklistStatus.WRONG_COUNTERPARTY, elsewhereContract.id(), elsewhere.id(), citation,
          "contract", elsewhereContract.id(), "clause", elsewhere.id(), "party", o.party(), "other", elsewhereWith,
          "expected", expected);
    }
    return build(o, ChecklistStatus.MISSING, null, null, citation, "party", o.party());
  }

  /**
   * What part of the obligation's scope the clause leaves out, in both languages (the segment, the threats by name), or
   * null when it covers all of it.
   */
  private Text gap(Clause cl, RequiredControl o, boolean checkSegments, Institutions institutions) {
    List<Text> gaps = new ArrayList<>();
    if (!coversSegment(cl, o, checkSegments)) {
      gaps.add(texts.format("checklist.gap.segment", "segment", o.segment()));
      // a segment the flow does not have (a typo, or a segment since removed) is why, more often than not
      List<String> unknown = institutions == null ? List.of()
          : cl.segments().stream().filter(x -> !institutions.segments().contains(x)).toList();
      if (!unknown.isEmpty()) {
        gaps.add(texts.format("checklist.gap.unknown_segments", "segments",
            String.join(", ", unknown.stream().map(x -> "`" + x + "`").toList())));
      }
    }
    Set<Threat> needed = neededThreats(o);
    if (cl.threats() != null) {
      Set<Threat> uncovered = new TreeSet<>(needed);
      uncovered.removeAll(cl.threats());
      if (!uncovered.isEmpty()) {
        gaps.add(texts.format("checklist.gap.threats", "threats",
            joined(uncovered.stream().map(t -> texts.get("threat." + t.name())).toList(), "、", ", ")));
      }
    }
    return gaps.isEmpty() ? null : joined(gaps, "。", "; ");
  }

  /** A clause and the contract it is in. */
  private record Piece(Contract contract, Clause clause) {}

  /** Whether a clause covers the obligation's segment (a clause that names none covers every segment). */
  private static boolean coversSegment(Clause cl, RequiredControl o, boolean checkSegments) {
    return !checkSegments || o.segment() == null || cl.segments() == null || cl.segments().contains(o.segment());
  }

  /** The threats a clause must cover for the obligation: the three of CC-05, or the obligation's own. */
  private static Set<Threat> neededThreats(RequiredControl o) {
    return o.control() == ControlType.TAMPER_INTRUSION_INTERFERENCE_TERMS
        ? TAMPER_INTRUSION_INTERFERENCE
        : o.threat() == null ? Set.of() : Set.of(o.threat());
  }

  /** Texts joined in each language with that language's separator. */
  private static Text joined(List<Text> parts, String ja, String en) {
    return new Text(String.join(ja, parts.stream().map(Text::ja).toList()),
        String.join(en, parts.stream().map(Text::en).toList()));
  }

  private ChecklistItem build(RequiredControl o, ChecklistStatus status, String contract, String clause,
      Citation citation, Object... args) {
    return build(o, status, contract, clause, null, citation, args);
  }

  /** An item whose status rests on several clauses together ({@code clauses}), or on one (null). */
  private ChecklistItem build(RequiredControl o, ChecklistStatus status, String contract, String clause,
      List<String> clauses, Citation citation, Object... args) {
    Text message = texts.format("checklist." + status.name() + (clauses == null ? "" : "_TOGETHER"), args);
    String id = String.join("|", o.checklistItem() == null ? "" : o.checklistItem(), o.control().name(),
        o.segment() == null ? "" : o.segment(), o.party());
    return new ChecklistItem(id, o.checklistItem(), o.control(), o.text(), o.party(), o.segment(), o.threat(),
        o.strength(), status, message, contract, clause, clauses, citation);
  }

  /**
   * The clauses no checklist item names, each with why: its control is asked only as a party's own measure (no
   * checklist item, or the provider's own duty), asked of other parties whose items name other clauses or none, or not
   * asked here at all.
   *
   * @param obligations what the checklist was matched against
   * @param asked every control the evaluation asked, the obligations among them
   */
  List<UnusedClause> unusedClauses(List<ChecklistItem> items, List<Contract> contracts,
      List<RequiredControl> obligations, List<RequiredControl> asked) {
    return unusedClauses(items, contracts, obligations, asked, false);
  }

  /**
   * As {@link #unusedClauses(List, List, List, List)}; for a contract reviewed on its own ({@code alone}), a clause of
   * a type its kind's checklist does not ask is said to depend on the flow, which that review does not have.
   */
  List<UnusedClause> unusedClauses(List<ChecklistItem> items, List<Contract> contracts,
      List<RequiredControl> obligations, List<RequiredControl> asked, boolean alone) {
    String kindItems = String.join(", ", items.stream().map(ChecklistItem::checklistItem)
        .filter(java.util.Objects::nonNull).distinct().sorted().toList());
    Set<String> named = new java.util.HashSet<>();
    for (ChecklistItem i : items) {
      named.addAll(i.clauseRefs());
    }
    Map<ControlType, Set<String>> obliged = ResultAssembler.shownFor(obligations);
    Set<RequiredControl> checked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    checked.addAll(obligations);
    Map<ControlType, Set<String>> own = ResultAssembler.shownFor(asked.stream()
        .filter(c -> c.status() != org.demarc.model.result.ControlStatus.NOT_APPLICABLE && c.party() != null)
        .filter(c -> !checked.contains(c)).toList());
    List<UnusedClause> unused = new ArrayList<>();
    for (Contract c : contracts) {
      for (Clause cl : c.clauses() == null ? List.<Clause>of() : c.clauses()) {
        if (cl == null || cl.type() == null || cl.id() == null || named.contains(c.id() + " " + cl.id())) {
          continue;
        }
        Set<String> parties = obliged.get(cl.type());
        Text reason = parties != null
            ? texts.format("unused_clause.not_chosen", "contract", c.id(), "clause", cl.id(), "control", cl.type(),
                "asked", String.join("`, `", new TreeSet<>(parties)))
            : own.containsKey(cl.type())
                ? texts.format("unused_clause.declare", "contract", c.id(), "clause", cl.id(), "control", cl.type(),
                    "asked", String.join("`, `", new TreeSet<>(own.get(cl.type()))))
                : alone
                    ? texts.format("unused_clause.not_for_kind", "contract", c.id(), "clause", cl.id(), "control",
                        cl.type(), "kind", c.kind(), "items", kindItems.isEmpty() ? "-" : kindItems)
                    : texts.format("unused_clause.not_asked", "contract", c.id(), "clause", cl.id(), "control",
                        cl.type());
        unused.add(new UnusedClause(c.id(), cl.id(), cl.type(), cl.binds(), reason));
      }
    }
    return List.copyOf(unused);
  }

  /**
   * GAPS when a MUST item is not covered; else insufficient information while the flow leaves out facts obligations
   * depend on ({@code undecided}, see {@link #factsNeeded}); else recommendations when only SHOULD items are not covered.
   */
  static ContractVerdict verdict(List<ChecklistItem> items, List<String> undecided) {
    if (items.isEmpty() && undecided.isEmpty()) {
      return ContractVerdict.NOT_APPLICABLE;
    }
    boolean mustGap = items.stream().anyMatch(i -> i.strength() == Strength.MUST && i.status() != ChecklistStatus.COVERED
        && i.status() != ChecklistStatus.NOT_APPLICABLE);
    if (mustGap) {
      return ContractVerdict.GAPS;
    }
    if (!undecided.isEmpty()) {
      // obligations hang on facts: while the flow leaves out one a MUST rule needs, what is covered cannot be all
      return ContractVerdict.INSUFFICIENT_INFORMATION;
    }
    boolean shouldGap = items.stream().anyMatch(i -> i.status() != ChecklistStatus.COVERED && i.status() != ChecklistStatus.NOT_APPLICABLE);
    return shouldGap ? ContractVerdict.COVERED_WITH_RECOMMENDATIONS : ContractVerdict.COVERED;
  }

  /**
   * The facts a MUST (or prohibiting) rule variant needs that the flow leaves out, in order: obligations that depend on
   * them are not known yet. Facts only a recommendation needs, and those an information note names (the tunnel's ends
   * that would free a carrier already read as handling the plaintext: the reading that asks more is in the check
   * already), leave no obligation undecided.
   */
  static List<String> factsNeeded(EvaluationResult flowResult) {
    Set<String> rules = new LinkedHashSet<>();
    for (Finding f : flowResult.findings()) {
      if (f.kind() == FindingKind.MISSING_FACT
          && (f.strength() == Strength.MUST || f.strength() == Strength.PROHIBIT)) {
        rules.add(f.ruleId());
      }
    }
    return flowResult.missingFacts().stream().filter(m -> rules.contains(m.ruleId()))
        .map(MissingFact::pointer).distinct().toList();
  }

  Text reason(ContractVerdict verdict, List<ChecklistItem> items, List<String> undecided) {
    long open = items.stream().filter(i -> i.status() != ChecklistStatus.COVERED && i.status() != ChecklistStatus.NOT_APPLICABLE)
        .filter(i -> verdict != ContractVerdict.GAPS || i.strength() == Strength.MUST).count();
    return switch (verdict) {
      case GAPS -> texts.format("contract.reason.gaps", "count", open);
      case COVERED_WITH_RECOMMENDATIONS -> texts.format("contract.reason.recommendations", "count", open);
      case COVERED -> texts.get("contract.reason.covered");
      case NOT_APPLICABLE -> texts.get("contract.reason.not_applicable");
      case INSUFFICIENT_INFORMATION -> texts.format("contract.reason.insufficient", "facts",
          String.join("`, `", undecided));
    };
  }
}

package org.demarc.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demarc.model.DataFlow;
import org.demarc.model.EndAuthentication;
import org.demarc.model.ObjectSecurity;
import org.demarc.model.Party;
import org.demarc.model.Segment;
import org.demarc.model.result.Citation;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.Finding;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.MissingEffect;
import org.demarc.model.result.MissingFact;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RequiredControl;
import org.demarc.model.result.Responsibility;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SegmentThreat;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Text;
import org.demarc.model.result.Threat;
import org.demarc.model.result.UnusedDeclaration;
import org.demarc.model.result.Verdict;
import org.demarc.model.result.VerdictPolicy;
import org.demarc.rules.facts.AgreedAccessorLine;
import org.demarc.rules.facts.Exposure;
import org.demarc.rules.facts.PathStep;
import org.demarc.rules.facts.RecipientEntry;
import org.demarc.rules.facts.RemoteLoginEntry;
import org.demarc.rules.facts.TakenOutEntry;
import org.demarc.rules.support.Activation;

/** Turns what the rules recorded into an {@link EvaluationResult}; the verdict is decided here from it. */
final class ResultAssembler {
  private final Texts texts;
  private final Map<org.demarc.model.ControlType, Text> controlTexts = new java.util.EnumMap<>(org.demarc.model.ControlType.class);
  private final Map<ResponsibilityType, Text> responsibilityTexts = new java.util.EnumMap<>(ResponsibilityType.class);

  ResultAssembler(Texts texts) {
    this.texts = texts;
    for (org.demarc.model.ControlType c : org.demarc.model.ControlType.values()) {
      controlTexts.put(c, texts.get("control." + c.name()));
    }
    for (ResponsibilityType r : ResponsibilityType.values()) {
      responsibilityTexts.put(r, texts.get("responsibility." + r.name()));
    }
  }

  /**
   * The answer for a flow whose first {@code own} {@code inPlace} entries are its own declarations (the rest are
   * evidence from contract clauses found covering, which are not the flow's to report on).
   */
  EvaluationResult assemble(
      DataFlow flow, RuleBase base, List<Activation> activations, Provenance provenance, int own) {
    Map<String, Citation> fired = new java.util.TreeMap<>();
    Set<String> mergedVariants = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    List<RequiredControl> controls = new ArrayList<>();
    Map<Responsibilities.Group, Set<String>> responsibilityGroups = new LinkedHashMap<>();
    List<MissingFact> missing = new ArrayList<>();
    // where on the path the activation that asked a fact stands, so that facts asked in the same words of several
    // segments are listed in path order whatever order the rules fired in
    Map<MissingFact, String> askedOf = new java.util.IdentityHashMap<>();
    Set<String> factsNeeded = new HashSet<>(); // facts a MUST or PROHIBIT rule needs; SHOULD rules' are only listed
    FactLines factLines = new FactLines(flow);
    Map<String, String> displayNames = new HashMap<>();
    // A finding's id is rule|segment|party, stable across editions; where several variants of a rule speak about the
    // same subject, each id also names its variant, so ids never depend on firing order. The same finding word for
    // word (another match of the same variant) is reported once, with what every match recorded: the controls,
    // responsibilities and missing facts of each (e.g. each recipient's identification asked by one message).
    List<Activation> kept = new ArrayList<>(activations.size());
    List<List<Activation>> sameWords = new ArrayList<>(activations.size());
    List<RuleBase.Compiled> keptRules = new ArrayList<>(activations.size());
    List<Text> messages = new ArrayList<>(activations.size());
    // keyed by records of strings whose hashes are cached (rule ids and names, the flow's ids), not by new strings
    Map<SubjectKey, List<String>> variantsByKey = new HashMap<>();
    // the kept findings of each variant about a subject: a new match is compared with their messages word for word
    Map<VariantKey, KeptWords> keptByVariant = new HashMap<>();
    List<SubjectKey> keys = new ArrayList<>(activations.size());
    for (Activation a : activations) {
      RuleBase.Compiled rule = base.compiled(a.ruleName());
      if (rule == null) {
        continue;
      }
      Text message = message(flow, rule, a, displayNames);
      SubjectKey key = new SubjectKey(rule.meta().id(), a.segment(), a.party());
      VariantKey variantKey = new VariantKey(key, a.ruleName());
      KeptWords same = keptByVariant.computeIfAbsent(variantKey, k -> new KeptWords());
      int first = same.find(message, messages);
      if (first >= 0) {
        if (sameWords.get(first) == null) {
          sameWords.set(first, new ArrayList<>(1));
        }
        sameWords.get(first).add(a);
        continue;
      }
      sameWords.add(null); // another match with the same words, if any
      List<String> variants = variantsByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (!variants.contains(a.ruleName())) {
        variants.add(a.ruleName());
      }
      keys.add(key);
      kept.add(a);
      keptRules.add(rule);
      messages.add(message);
      same.add(kept.size() - 1, messages);
    }
    for (int i = 0; i < kept.size(); i++) {
      Activation a = kept.get(i);
      Text message = messages.get(i);
      RuleBase.Compiled rule = keptRules.get(i);
      RuleMeta meta = rule.meta();
      // one citation per rule id: where its variants rest on different grounds, the least certain basis (seed, then
      // interpretation, then recalled-unverified) and the strongest strength of those that fired, so the rule is
      // labelled neither more certain nor weaker than it is, citing the seed lines of all of them; each finding carries
      // its own variant's strength and basis
      if (mergedVariants.add(a.ruleName())) { // another match of a variant adds nothing to its rule's citation
        fired.merge(meta.id(), rule.citation(), ResultAssembler::mergeCitations);
      }
      List<Activation> parts = sameWords.get(i) == null ? List.of(a) : withSameWords(a, sameWords.get(i));
      FindingKind kind = kind(parts);
      SubjectKey key = keys.get(i);
      String id = baseId(meta.id(), a);
      if (variantsByKey.get(key).size() > 1) {
        id += "~" + rule.slug();
      }
      if (keptByVariant.get(new VariantKey(key, a.ruleName())).size() > 1) {
        id += "~" + Integer.toHexString(message.en().hashCode());
      }
      findings.add(new Finding(id, meta.id(), kind, rule.citation().strength(), rule.citation().basis(), message,
          a.party(), a.segment(), a.threat(), a.needsReview(),
          triggeredBy(sameWords.get(i) == null ? a.facts() : factsOf(parts), factLines), a.subjectKind()));
      for (Activation part : parts) {
        for (Activation.ControlEntry c : part.controls()) {
          String cid = meta.id() + '|' + c.control().name() + '|' + nz(c.segment()) + '|' + nz(c.party());
          Strength strength = meta.strength() == Strength.SHOULD ? Strength.SHOULD : Strength.MUST;
          controls.add(new RequiredControl(cid, c.control(), controlTexts.get(c.control()), c.party(),
              c.segment(), c.threat(), strength, c.status(), VerdictPolicy.effect(strength, c.status(), meta.onMissing()),
              c.control().checklistItem(), meta.id(), id, c.evidence(), c.subjectKind()));
        }
        for (Activation.ResponsibilityEntry r : part.responsibilities()) {
          Responsibilities.Group group = new Responsibilities.Group(r.type(), r.segments(), r.threats(),
              r.scope() == null ? responsibilityTexts.get(r.type()) : texts.get(r.scope()), meta.id(), r.subjectKind());
          responsibilityGroups.computeIfAbsent(group, k -> new java.util.TreeSet<>()).add(r.party());
        }
        for (String pointer : part.missing()) {
          missing.add(about(new MissingFact(pointer, meta.id(), message), part, askedOf));
          if (meta.strength() != Strength.SHOULD) {
            factsNeeded.add(pointer);
          }
        }
        for (String pointer : part.unknownDetails()) { // listed, never needed for the verdict
          missing.add(about(new MissingFact(pointer, meta.id(), message), part, askedOf));
        }
      }
    }
    controls = withDistinctIds(controls);
    Set<Integer> agreedBySide = new HashSet<>();
    controls = agreedByTheOtherSide(flow, own, controls, findings, missing, factsNeeded, agreedBySide);
    findings.sort(Comparator.comparing(Finding::id));
    controls.sort(Comparator.comparing(RequiredControl::id));
    missing.sort(missingOrder(flow, askedOf));
    List<Responsibility> responsibilities = Responsibilities.group(flow, responsibilityGroups);
    List<Text> verdictReasons = new ArrayList<>();
    Verdict verdict = verdict(flow, own, findings, controls, missing, factsNeeded, verdictReasons);
    if (verdict == Verdict.PROHIBITED) {
      controls = moot(controls);
    }
    return new EvaluationResult(
        flow.id(),
        base.edition(),
        verdict,
        List.copyOf(verdictReasons),
        Responsibilities.matrix(flow, responsibilities),
        responsibilities,
        List.copyOf(controls),
        List.copyOf(findings),
        List.copyOf(new java.util.LinkedHashSet<>(missing)), // merged matches may ask the same fact in the same words
        unusedDeclarations(flow, own, controls, agreedBySide),
        java.util.Collections.unmodifiableMap(fired),
        provenance);
  }

  /**
   * The kept findings of one variant about one subject, by their index among the kept findings. A variant keeps one
   * or a few, compared word for word: hashing every fresh message was a tenth of the assembly. Past a few they are
   * also held by their words, so a variant with many findings about one subject stays linear.
   */
  private static final class KeptWords {
    private static final int LINEAR = 8;
    private final List<Integer> indexes = new ArrayList<>(1);
    private Map<Text, Integer> byWords;

    /** The index of the kept finding with these words, or -1. */
    int find(Text message, List<Text> messages) {
      if (byWords != null) {
        return byWords.getOrDefault(message, -1);
      }
      for (int index : indexes) {
        if (messages.get(index).equals(message)) {
          return index;
        }
      }
      return -1;
    }

    /** Adds the kept finding at {@code index}, whose message is already among {@code messages}. */
    void add(int index, List<Text> messages) {
      indexes.add(index);
      if (byWords != null) {
        byWords.put(messages.get(index), index);
      } else if (indexes.size() > LINEAR) {
        byWords = new HashMap<>();
        for (int i : indexes) {
          byWords.put(messages.get(i), i);
        }
      }
    }

    int size() {
      return indexes.size();
    }
  }

  /** A missing fact, noted with the segment of the activation that asked it. */
  private static MissingFact about(MissingFact fact, Activation asker, Map<MissingFact, String> askedOf) {
    if (asker.segment() != null) {
      askedOf.put(fact, asker.segment());
    }
    return fact;
  }

  /**
   * Missing facts in an order that does not depend on the order the rules fired in (which a rebuilt rule base may
   * change): by rule id, then by the field they ask for (array indexes by number), then by the segment the asking
   * activation was about in path order, then by their words.
   */
  private static Comparator<MissingFact> missingOrder(DataFlow flow, Map<MissingFact, String> askedOf) {
    Map<String, Integer> place = new HashMap<>();
    if (flow.segments() != null) {
      for (int i = 0; i < flow.segments().size(); i++) {
        org.demarc.model.Segment segment = flow.segments().get(i);
        if (segment != null && segment.id() != null) {
          place.putIfAbsent(segment.id(), i);
        }
      }
    }
    return Comparator.comparing(MissingFact::ruleId)
        .thenComparing(MissingFact::pointer, ResultAssembler::comparePointers)
        .thenComparingInt(m -> {
          String segment = askedOf.get(m);
          return segment == null ? Integer.MAX_VALUE : place.getOrDefault(segment, Integer.MAX_VALUE - 1);
        })
        .thenComparing(m -> m.message().en());
  }

  /** JSON pointers token by token, array indexes by number ({@code /segments/2} before {@code /segments/10}). */
  static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = isIndex(x[i]) && isIndex(y[i])
          ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  /**
   * Severity order: prohibited, then non-compliant, then insufficient information, then conditions. A known
   * non-compliance stands even when other facts are missing.
   */
  /**
   * A planned declaration's reference, owner and due date in the language of the reason: the evidence names the owner
   * and the due date with English labels ({@code Outcomes.summary}), which the Japanese reason gives in Japanese.
   */
  static Text plannedEvidence(String evidence) {
    if (evidence == null) {
      return new Text("-", "-");
    }
    String ja = evidence.replaceAll("(^|; )owner: ", "$1担当: ").replaceAll("(^|; )due: ([0-9-]+)$", "$1期限: $2");
    return new Text(ja, evidence);
  }

  /** The verdict by {@link VerdictPolicy}'s ladder, with the reasons of the rung it reached. */
  private Verdict verdict(DataFlow flow, int own, List<Finding> findings, List<RequiredControl> controls,
      List<MissingFact> missing, Set<String> factsNeeded, List<Text> reasons) {
    Verdict verdict = Verdict.COMPLIANT;
    for (Finding f : findings) {
      verdict = VerdictPolicy.worse(verdict, VerdictPolicy.rung(f));
    }
    for (RequiredControl c : controls) {
      verdict = VerdictPolicy.worse(verdict, VerdictPolicy.rung(c));
    }
    for (MissingFact m : missing) {
      if (factsNeeded.contains(m.pointer())) {
        verdict = VerdictPolicy.worse(verdict, Verdict.INSUFFICIENT_INFORMATION);
      }
    }
    // The reasons of the rung reached; an uncovered part also keeps the conditions and reviews beneath it.
    Verdict reached = verdict;
    boolean conditionsToo = verdict == Verdict.NOT_COVERED_BY_EDITION;
    for (Finding f : findings) {
      if (f.kind() == FindingKind.PROHIBITION && reached == Verdict.PROHIBITED) {
        reasons.add(texts.format("verdict.reason.prohibited", "rule", f.ruleId(), "party", nz(f.party())));
      }
      if (f.kind() == FindingKind.NOT_COVERED && reached == Verdict.NOT_COVERED_BY_EDITION) {
        reasons.add(0, texts.format("verdict.reason.not_covered", "rule", f.ruleId()));
      }
    }
    for (RequiredControl c : controls) {
      Verdict rung = VerdictPolicy.rung(c);
      if (rung == Verdict.NON_COMPLIANT && reached == Verdict.NON_COMPLIANT) {
        reasons.add(withDeclarationForOther(flow, own, controlReason("verdict.reason.missing_control", c), c));
      }
    }
    if (reached == Verdict.INSUFFICIENT_INFORMATION) {
      for (MissingFact m : missing) {
        if (factsNeeded.contains(m.pointer())) {
          reasons.add(texts.format("verdict.reason.missing_fact", "rule", m.ruleId(), "pointer", m.pointer()));
        }
      }
    }
    if (reached == Verdict.COMPLIANT_WITH_CONDITIONS || conditionsToo) {
      for (RequiredControl c : controls) {
        if (VerdictPolicy.rung(c) == Verdict.COMPLIANT_WITH_CONDITIONS) {
          reasons.add(c.status() == ControlStatus.PLANNED
              ? texts.format(c.segment() == null ? "verdict.reason.planned.flow" : "verdict.reason.planned",
                  "rule", c.ruleId(), "control", c.control(), "party", nz(c.party()), "where",
                  where(c.subjectKind(), nz(c.segment())),
                  "evidence", plannedEvidence(c.evidence()), "text", c.text())
              : controlReason("verdict.reason.condition", c));
        }
      }
      for (Finding f : findings) {
        if (f.needsHumanReview()) {
          reasons.add(f.segment() == null
              ? texts.format("verdict.reason.review.flow", "rule", f.ruleId())
              : texts.format("verdict.reason.review", "rule", f.ruleId(), "where", where(f.subjectKind(), f.segment())));
        }
      }
    }
    if (reached == Verdict.COMPLIANT) {
      // with no control required at all, "every required control is in place" would suggest something was checked
      reasons.add(texts.get(controls.isEmpty() ? "verdict.reason.nothing_required" : "verdict.reason.compliant"));
    }
    List<Text> distinct = new ArrayList<>(new LinkedHashSet<>(reasons));
    reasons.clear();
    reasons.addAll(distinct);
    return verdict;
  }

  /** Under a prohibition no control is a condition to meet: nothing makes the flow compliant. */
  private static List<RequiredControl> moot(List<RequiredControl> controls) {
    List<RequiredControl> out = new ArrayList<>(controls.size());
    for (RequiredControl c : controls) {
      out.add(c.effectIfMissing() == null ? c : new RequiredControl(c.id(), c.control(), c.text(), c.party(),
          c.segment(), c.threat(), c.strength(), c.status(), MissingEffect.MOOT_PROHIBITED, c.checklistItem(),
          c.ruleId(), c.findingId(), c.evidence(), c.subjectKind()));
    }
    return out;
  }


  /**
   * An agreement the flow declares for one of its two sides counts for the other side too: a contractual control of the
   * checklist is agreed between the party it is asked of and a counterpart (the provider: CC-01, CC-02, CC-09, CC-16;
   * an institution of the flow within its own scope: CC-03 to CC-08, see {@link ContractMatcher.Counterpart}), so the
   * consignment contract declared for the hospital is its contract with the consignee, and the availability terms
   * declared for the hospital are its terms with the carriers and services that owe them. The declaring party must be
   * such a counterpart: an institution of the flow (the provider or a recipient, not a service) that owes no such duty
   * itself (else the declaration is about its own). A declaration names one party, not whom it agrees with, so it
   * counts for every party of whom the control is asked; each one's own declaration or clause, or one naming no party,
   * comes first: this is the last place looked. The evidence names the declaration and its party.
   *
   * @param agreedBySide collects the indexes of the declarations so counted
   */
  private List<RequiredControl> agreedByTheOtherSide(DataFlow flow, int own, List<RequiredControl> controls,
      List<Finding> findings, List<MissingFact> missing, Set<String> factsNeeded, Set<Integer> agreedBySide) {
    if (own == 0 || flow.inPlace() == null) {
      return controls;
    }
    Map<org.demarc.model.ControlType, Set<String>> shownFor = null;
    ContractMatcher.Institutions institutions = null;
    List<RequiredControl> out = null;
    for (int k = 0; k < controls.size(); k++) {
      RequiredControl c = controls.get(k);
      if (c.status() != ControlStatus.MISSING || c.party() == null
          || c.control().kind() != org.demarc.model.ControlKind.CONTRACTUAL || declaredFor(flow, flow.inPlace(), c)) {
        continue;
      }
      if (shownFor == null) {
        shownFor = shownFor(controls);
        institutions = ContractMatcher.Institutions.of(flow);
      }
      int at = otherSide(flow, own, c, shownFor, institutions);
      if (at < 0) {
        continue;
      }
      org.demarc.model.InPlace d = flow.inPlace().get(at);
      ControlStatus status = org.demarc.rules.support.Outcomes.status(d);
      String summary = org.demarc.rules.support.Outcomes.summary(d);
      String evidence = "/inPlace/" + at + " (" + d.party() + ")" + (summary == null ? "" : ": " + summary);
      if (out == null) {
        out = new ArrayList<>(controls);
      }
      out.set(k, new RequiredControl(c.id(), c.control(), c.text(), c.party(), c.segment(), c.threat(), c.strength(),
          status, VerdictPolicy.effect(c.strength(), status, c.effectIfMissing()), c.checklistItem(), c.ruleId(),
          c.findingId(), evidence, c.subjectKind()));
      agreedBySide.add(at);
      if (status == ControlStatus.UNKNOWN) {
        String pointer = "/inPlace/" + at;
        Text message = findings.stream().filter(f -> f.id().equals(c.findingId())).map(Finding::message).findFirst()
            .orElse(c.text());
        missing.add(new MissingFact(pointer, c.ruleId(), message));
        if (c.strength() == Strength.MUST) {
          factsNeeded.add(pointer);
        }
      }
    }
    return out == null ? controls : out;
  }

  /** Whether a declaration (or clause) names the control's own party, or no party, under any of the duty's names. */
  private static boolean declaredFor(DataFlow flow, List<org.demarc.model.InPlace> inPlace, RequiredControl c) {
    for (org.demarc.model.InPlace d : inPlace) {
      if (d == null || d.control() == null) {
        continue;
      }
      // one naming no party counts under another name only where that name covers the party (Outcomes#evidence)
      if (d.party() == null ? c.control().shownBy(d.control(), flow.consignee(c.party()))
          : d.party().equals(c.party()) && c.control().shownBy(d.control())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flow's own first declaration of the control for a party that may be the other side of its agreement (see
   * {@link #agreedByTheOtherSide}), or -1: the control is agreed with a counterpart (its checklist item names one),
   * the party may be that counterpart (an institution of the flow, not a service), and it owes no such duty itself
   * (else the declaration is about its own). The control's own party never gets here ({@link #declaredFor}).
   */
  private static int otherSide(DataFlow flow, int own, RequiredControl c,
      Map<org.demarc.model.ControlType, Set<String>> shownFor, ContractMatcher.Institutions institutions) {
    ContractMatcher.Counterpart counterpart = ContractMatcher.Counterpart.of(c.checklistItem());
    if (counterpart == ContractMatcher.Counterpart.ANY) {
      return -1;
    }
    // Several institutions may declare it (the provider planned, a recipient in place): which of them agreed it with
    // this party is not said, so the least settled status counts (the reading that asks more), the provider's first
    // among equals; the order the flow lists them in decides nothing.
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < own; i++) {
      org.demarc.model.InPlace d = flow.inPlace().get(i);
      // under another name it counts only where that name covers the party asked (a consignment contract is not a
      // carrier's entrustment contract)
      if (d == null || d.control() == null || d.party() == null
          || !c.control().shownBy(d.control(), flow.consignee(c.party()))) {
        continue;
      }
      Party side = flow.party(d.party());
      if (side != null && !side.has(org.demarc.model.PartyRole.ONLINE_SERVICE)
          && institutions.accepts(counterpart, d.party())
          && !shownFor.getOrDefault(d.control(), Set.of()).contains(d.party())) {
        int rank = 2 * switch (d.effectiveStatus()) {
          case ABSENT -> 0;
          case UNKNOWN -> 1;
          case PLANNED -> 2;
          case IN_PLACE -> 3;
        } + (d.party().equals(flow.provider()) ? 0 : 1);
        if (rank < bestRank) {
          best = i;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /**
   * A missing control the flow does declare, but for another party (a declaration counts only for the party it names,
   * or for every party when it names none): the reason says so, so the declaration is not silently passed over.
   */
  private Text withDeclarationForOther(DataFlow flow, int own, Text reason, RequiredControl c) {
    if (flow.inPlace() == null || c.party() == null) {
      return reason;
    }
    for (int i = 0; i < own; i++) {
      org.demarc.model.InPlace d = flow.inPlace().get(i);
      if (d == null || d.control() == null || d.effectiveStatus() != org.demarc.model.EvidenceStatus.IN_PLACE
          || !c.control().shownBy(d.control()) || c.party().equals(d.party())) {
        continue;
      }
      if (!c.control().shownBy(d.control(), flow.consignee(c.party()))) {
        // another name of the duty that is the consignee's only (a consignment contract is no carrier's entrustment
        // contract): said so, with or without a party
        Text hint = texts.format("verdict.reason.declared_for_the_consignee", "pointer", "/inPlace/" + i, "party",
            c.party(), "control", d.control().name(), "text", controlTexts.get(d.control()), "asked",
            c.control().name());
        return new Text(reason.ja() + hint.ja(), reason.en() + hint.en());
      }
      if (d.party() != null) {
        // a control that shows the one asked (a consignment contract for an entrustment contract) is named as such
        Text hint = d.control() == c.control()
            ? texts.format("verdict.reason.declared_for_other", "pointer", "/inPlace/" + i, "declared", d.party(),
                "party", c.party())
            : texts.format("verdict.reason.declared_showing_for_other", "pointer", "/inPlace/" + i, "declared",
                d.party(), "party", c.party(), "control", d.control().name(), "text", controlTexts.get(d.control()));
        return new Text(reason.ja() + hint.ja(), reason.en() + hint.en());
      }
    }
    return reason;
  }

  /**
   * The flow's own declarations that show no control the rules asked of it: one of another party than the one it is
   * asked of, or of a control no rule of the edition asks of this flow.
   */
  private List<UnusedDeclaration> unusedDeclarations(DataFlow flow, int own, List<RequiredControl> controls,
      Set<Integer> agreedBySide) {
    if (flow.inPlace() == null || own == 0) {
      return List.of();
    }
    // whom a declaration of each control would show a control to, gathered once, so the work grows with the controls
    // plus the declarations
    Map<org.demarc.model.ControlType, Set<String>> shownFor = shownFor(controls);
    Set<org.demarc.model.ControlType> unnamed = null; // what a declaration naming no party shows, when there is one
    List<UnusedDeclaration> unused = new ArrayList<>();
    for (int i = 0; i < own; i++) {
      org.demarc.model.InPlace d = flow.inPlace().get(i);
      if (d == null || d.control() == null || agreedBySide.contains(i)) {
        continue;
      }
      Set<String> shown = shownFor.getOrDefault(d.control(), Set.of());
      if (d.party() == null && unnamed == null) {
        unnamed = shownUnnamed(flow, controls);
      }
      if (d.party() == null ? unnamed.contains(d.control()) : shown.contains(d.party())) {
        continue;
      }
      Set<String> parties = new java.util.TreeSet<>(shown);
      parties.remove("");
      String pointer = "/inPlace/" + i;
      Text reason = parties.isEmpty() || d.party() == null
          ? texts.format("unused.not_asked", "pointer", pointer, "control", d.control())
          : texts.format("unused.other_party", "pointer", pointer, "control", d.control(), "party", nz(d.party()),
              "asked", String.join("`, `", parties));
      unused.add(new UnusedDeclaration(pointer, d.control(), d.party(), reason));
    }
    return List.copyOf(unused);
  }

  /**
   * The controls whose declaration naming no party shows one of the given controls: under its own name, or under another
   * name that covers the party asked (a consignment contract shows the consignee's entrustment contract, not a
   * carrier's; {@link org.demarc.model.ControlType#alsoShownBy(boolean)}).
   */
  private static Set<org.demarc.model.ControlType> shownUnnamed(DataFlow flow, List<RequiredControl> controls) {
    Set<org.demarc.model.ControlType> shown = java.util.EnumSet.noneOf(org.demarc.model.ControlType.class);
    for (RequiredControl c : controls) {
      shown.add(c.control());
      shown.addAll(c.control().alsoShownBy(flow.consignee(c.party())));
    }
    return shown;
  }

  /**
   * For each control a declaration or clause may name, the parties of the given controls it shows ("" for a control
   * asked of no party): a control is shown under its own name or under its other names ({@link
   * org.demarc.model.ControlType#alsoShownBy()}). Unsorted: sorted only where a reason names them.
   */
  static Map<org.demarc.model.ControlType, Set<String>> shownFor(List<RequiredControl> controls) {
    Map<org.demarc.model.ControlType, Set<String>> shown = new java.util.EnumMap<>(org.demarc.model.ControlType.class);
    for (RequiredControl c : controls) {
      shown.computeIfAbsent(c.control(), k -> new HashSet<>()).add(nz(c.party()));
      for (org.demarc.model.ControlType other : c.control().alsoShownBy()) {
        shown.computeIfAbsent(other, k -> new HashSet<>()).add(nz(c.party()));
      }
    }
    return shown;
  }

  /** A reason about one control; the segment is named only when the control has one. */
  private Text controlReason(String key, RequiredControl c) {
    return c.segment() == null
        ? texts.format(key + ".flow", "rule", c.ruleId(), "control", c.control(), "party", nz(c.party()), "text",
            c.text())
        : texts.format(key, "rule", c.ruleId(), "control", c.control(), "party", nz(c.party()), "where",
            where(c.subjectKind(), c.segment()), "text", c.text());
  }

  /** Where a control or finding applies: a segment, an item taken out or a remote login, named as what it is. */
  private Text where(org.demarc.model.result.SubjectKind kind, String id) {
    return texts.format("verdict.where." + (kind == null ? "SEGMENT" : kind.name()), "id", id);
  }

  private Text message(DataFlow flow, RuleBase.Compiled rule, Activation a, Map<String, String> displayNames) {
    String party = a.party() == null ? "" : displayNames.computeIfAbsent(a.party(), flow::named);
    // each language's words filled in when the answer is written in it (or compared with another match's)
    String segment = a.segment();
    Threat threat = a.threat();
    Map<String, String> args = a.args();
    // the same templates filled with the same values give the same words: comparing a finding of one edition with
    // its counterpart of another (or another match's) fills nothing unless the templates or values differ
    List<Object> origin = java.util.Arrays.asList(rule.ja().text(), rule.en().text(), party, segment, threat,
        args);
    return Text.lazily(origin, () -> rule.ja().fill(party, segment, threat, args, "ja"),
        () -> rule.en().fill(party, segment, threat, args, "en"));
  }

  /**
   * The input facts a rule matched, as JSON pointers with the values that matter: written out when the list is first
   * read (an answer written or compared in full reads them; an impact analysis never does), each fact once per answer.
   */
  private static List<String> triggeredBy(List<Object> facts, FactLines lines) {
    return new TriggeredBy(facts, lines);
  }

  /** The lines of one answer's facts, each worked out once; findings' lists may be read from several threads. */
  private static final class FactLines {
    private final DataFlow flow;
    private final Map<Object, String> rendered = new java.util.IdentityHashMap<>();

    FactLines(DataFlow flow) {
      this.flow = flow;
    }

    synchronized List<String> of(List<Object> facts) {
      List<String> out = new ArrayList<>(facts.size());
      for (Object f : facts) {
        String line = rendered.computeIfAbsent(f, fact -> render(flow, fact));
        if (line != null) {
          out.add(line);
        }
      }
      return List.copyOf(out);
    }
  }

  /** A finding's {@code triggeredBy}: an unmodifiable list whose lines are written out when it is first read. */
  private static final class TriggeredBy extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private List<Object> facts;
    private FactLines source;
    private volatile List<String> lines;

    TriggeredBy(List<Object> facts, FactLines source) {
      this.facts = facts;
      this.source = source;
    }

    private List<String> lines() {
      List<String> out = lines;
      if (out == null) {
        synchronized (this) {
          out = lines;
          if (out == null) {
            out = source.of(facts);
            lines = out;
            facts = null; // nothing held once written out
            source = null;
          }
        }
      }
      return out;
    }

    @Override
    public String get(int index) {
      return lines().get(index);
    }

    @Override
    public int size() {
      return lines().size();
    }
  }

  /** One input fact as a JSON pointer with the values that matter, or null for facts not worth showing. */
  private static String render(DataFlow flow, Object f) {
    {
      String line = null;
      if (f instanceof DataFlow d) {
        line = "/ legalForm=" + d.legalForm() + " purpose=" + d.purpose() + " direction=" + d.direction()
            + " consent=" + (d.consent() == null ? null : d.consent().basis()) + " provider=" + d.provider();
      } else if (f instanceof PathStep s) {
        // a step of one line of a branching path stands elsewhere in the whole path's list
        int at = s.index() < flow.segments().size() && flow.segments().get(s.index()) == s.segment() ? s.index()
            : flow.segments().indexOf(s.segment());
        line = segment(at, s.segment());
      } else if (f instanceof RecipientEntry r) {
        line = "/recipients/" + r.index() + " party=" + r.recipient().party()
            + " identifiedInAdvance=" + r.recipient().identifiedInAdvance();
      } else if (f instanceof RemoteLoginEntry l) {
        line = "/remoteLogins/" + l.index() + " vendor=" + l.login().vendor();
      } else if (f instanceof ObjectSecurity o) {
        line = "/objectSecurity encryptedBy=" + o.encryptedBy() + " decryptedBy=" + o.decryptedBy()
            + " tamperDetection=" + o.tamperDetection()
            + (o.reencryptedBy() == null || o.reencryptedBy().isEmpty() ? "" : " reencryptedBy=" + o.reencryptedBy());
      } else if (f instanceof EndAuthentication e) {
        line = "/endAuthentication senderVerifiesRecipient=" + e.senderVerifiesRecipient()
            + " recipientVerifiesSender=" + e.recipientVerifiesSender() + " method=" + e.method();
      } else if (f instanceof Party p) {
        line = "/parties/" + flow.parties().indexOf(p) + " id=" + p.id() + " roles=" + new TreeSet<>(p.roles());
      } else if (f instanceof TakenOutEntry t) {
        line = "/takeOut/items/" + t.index() + " id=" + t.item().id() + " kind=" + t.item().kind();
      } else if (f instanceof Exposure x) {
        line = "derived: data " + (x.encrypted() ? "encrypted" : "not encrypted") + " on segment " + x.segment();
      } else if (f instanceof AgreedAccessorLine a) {
        line = a.evidence() + " party=" + a.operator() + " (derived: segment " + a.segment()
            + " is a line the institution contracts)";
      } else if (f instanceof List<?> list) {
        line = "collected " + list.size() + " fact(s)";
      }
      return line;
    }
  }

  private static String segment(int index, Segment s) {
    return "/segments/" + index + " id=" + s.id() + " network=" + s.network() + " operator=" + s.operator()
        + " channel=" + (s.channel() == null ? null : s.channel().protocol());
  }

  /**
   * One rule's citation from two of its variants: the least certain basis, the strongest strength and the seed lines of
   * both.
   */
  static Citation mergeCitations(Citation had, Citation now) {
    Citation base = now.basis().ordinal() > had.basis().ordinal() ? now : had;
    Strength strength = rank(now.strength()) > rank(had.strength()) ? now.strength() : had.strength();
    String seedLines = seedLines(had.seedLines(), now.seedLines());
    return base.strength() == strength && java.util.Objects.equals(base.seedLines(), seedLines) ? base
        : new Citation(base.ruleId(), base.edition(), base.clause(), base.title(), strength, base.basis(), seedLines);
  }

  /** The seed lines of two variants of a rule, each range once, in the order first given. */
  private static String seedLines(String had, String now) {
    if (had == null || now == null || had.equals(now)) {
      return had == null ? now : had;
    }
    Set<String> ranges = new java.util.LinkedHashSet<>();
    for (String lines : new String[] {had, now}) {
      for (String range : lines.split(" ")) { // a one-character separator: no regular expression compiled per call
        if (!range.isBlank()) {
          ranges.add(range.strip());
        }
      }
    }
    return String.join(" ", ranges);
  }

  private static int rank(Strength s) {
    return switch (s) {
      case PROHIBIT -> 3;
      case MUST -> 2;
      case SHOULD -> 1;
      case INFO -> 0;
    };
  }

  /** The kind of the finding {@code parts} make together: what any of them recorded counts. */
  private static FindingKind kind(List<Activation> parts) {
    boolean prohibits = false;
    boolean notCovered = false;
    boolean missing = false;
    boolean review = false;
    boolean controls = false;
    boolean responsibilities = false;
    for (Activation p : parts) {
      prohibits |= p.prohibits();
      notCovered |= p.notCovered();
      missing |= !p.missing().isEmpty();
      review |= p.needsReview();
      controls |= !p.controls().isEmpty();
      responsibilities |= !p.responsibilities().isEmpty();
    }
    return VerdictPolicy.kind(prohibits, notCovered, missing, review, controls, responsibilities);
  }

  private static List<Activation> withSameWords(Activation first, List<Activation> more) {
    List<Activation> all = new ArrayList<>(1 + more.size());
    all.add(first);
    all.addAll(more);
    return all;
  }

  /** The facts that triggered any of {@code parts}, each once, in order. */
  private static List<Object> factsOf(List<Activation> parts) {
    java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Object> out = new ArrayList<>();
    for (Activation part : parts) {
      for (Object fact : part.facts()) {
        if (seen.add(fact)) {
          out.add(fact);
        }
      }
    }
    return out;
  }

  private static String baseId(String ruleId, Activation a) {
    return ruleId + '|' + nz(a.segment()) + '|' + nz(a.party());
  }

  /** The variant's own words: its DRL rule name without the rule id, as a slug. */
  static String variantSlug(String ruleId, String ruleName) {
    String rest = ruleName.startsWith(ruleId) ? ruleName.substring(ruleId.length()) : ruleName;
    String slug = rest.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.length() > 48 ? slug.substring(0, 48).replaceAll("-$", "") : slug;
  }

  /** What a finding's id is made of: rule, subject, party. */
  private record SubjectKey(String rule, String segment, String party) {}

  /** One variant of a rule about one subject. */
  private record VariantKey(SubjectKey subject, String ruleName) {}

  /**
   * Controls asked under the same id (the same rule, control, segment and party, asked by several findings: e.g. the
   * supervision of each of two mail servers) are told apart by {@code #2}, {@code #3}, ... in the order of their
   * findings' ids and threats, not in the order the rules fired in (which a rebuilt rule base may change).
   */
  private static List<RequiredControl> withDistinctIds(List<RequiredControl> controls) {
    Map<String, List<Integer>> byId = new HashMap<>();
    for (int i = 0; i < controls.size(); i++) {
      byId.computeIfAbsent(controls.get(i).id(), k -> new ArrayList<>(1)).add(i);
    }
    List<RequiredControl> out = null;
    for (List<Integer> same : byId.values()) {
      if (same.size() < 2) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(controls);
      }
      List<RequiredControl> group = new ArrayList<>();
      same.forEach(i -> group.add(controls.get(i)));
      group.sort(Comparator.comparing((RequiredControl c) -> nz(c.findingId()))
          .thenComparing(c -> c.threat() == null ? "" : c.threat().name())
          .thenComparing(c -> c.status().name())
          .thenComparing(c -> nz(c.evidence())));
      for (int n = 0; n < group.size(); n++) {
        RequiredControl c = group.get(n);
        out.set(same.get(n), n == 0 ? c : new RequiredControl(c.id() + "#" + (n + 1), c.control(), c.text(),
            c.party(), c.segment(), c.threat(), c.strength(), c.status(), c.effectIfMissing(), c.checklistItem(),
            c.ruleId(), c.findingId(), c.evidence(), c.subjectKind()));
      }
    }
    return out == null ? controls : out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

}

package org.demarc.rules.support;

import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.ResponsibilityType;
import org.demarc.model.result.SubjectKind;
import org.demarc.model.result.Threat;

/**
 * A fluent recorder bound to one rule firing. Set the party, segment and threat first, then record outcomes;
 * each outcome takes the context set so far.
 */
public final class Emit {
  private final Outcomes outcomes;
  private final Activation activation;
  private String party;
  private String segment;
  private SubjectKind subjectKind;
  private Threat threat;

  Emit(Outcomes outcomes, Activation activation) {
    this.outcomes = outcomes;
    this.activation = activation;
  }

  /** The party the next outcomes concern. */
  public Emit party(String partyId) {
    this.party = partyId;
    return this;
  }

  /** The segment the next outcomes concern. */
  public Emit segment(String segmentId) {
    return subject(segmentId, SubjectKind.SEGMENT);
  }

  /** The taken-out medium or device the next outcomes concern. */
  public Emit item(String itemId) {
    return subject(itemId, SubjectKind.TAKEN_OUT_ITEM);
  }

  /** The remote login the next outcomes concern. */
  public Emit login(String loginId) {
    return subject(loginId, SubjectKind.REMOTE_LOGIN);
  }

  /** The contract the next outcomes concern. */
  public Emit contract(String contractId) {
    return subject(contractId, SubjectKind.CONTRACT);
  }

  private Emit subject(String id, SubjectKind kind) {
    this.segment = id;
    this.subjectKind = id == null ? null : kind;
    return this;
  }

  /** The threat the next outcomes concern. */
  public Emit threat(Threat t) {
    this.threat = t;
    return this;
  }

  /** A value for a {name} placeholder in the rule's message. */
  public Emit arg(String name, Object value) {
    activation.putArg(name, String.valueOf(value));
    return this;
  }

  /** A value for a {name} placeholder that reads differently in each language (a case the guideline marks ア〜エ). */
  public Emit arg(String name, String ja, String en) {
    activation.putArg(name + "@ja", ja);
    activation.putArg(name + "@en", en);
    return this;
  }

  /** A party for a {name} placeholder, as a message names it: its name and id. */
  public Emit named(String name, String partyId) {
    return arg(name, outcomes.named(partyId));
  }

  /**
   * The parties for a {name} placeholder, each as its name and id (as a message names a party), joined as each
   * language joins a list.
   */
  public Emit parties(String name, List<String> partyIds) {
    StringBuilder ja = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int k = 0; k < partyIds.size(); k++) {
      String named = outcomes.named(partyIds.get(k));
      ja.append(k == 0 ? "" : "、").append(named);
      en.append(k == 0 ? "" : k == partyIds.size() - 1 ? " and " : ", ").append(named);
    }
    return arg(name, ja.toString(), en.toString());
  }

  /** A technical control whose status the rule read off the flow. */
  public Emit require(ControlType control, boolean satisfied) {
    return control(control, satisfied ? ControlStatus.SATISFIED : ControlStatus.MISSING, null);
  }

  /**
   * A technical control that is exactly one input fact: true is satisfied, false missing, and null (left out)
   * unknown, which also names the fact at {@code pointer} as missing. One control per fact, so a known failure is
   * reported whatever else is unknown.
   */
  public Emit check(ControlType control, Boolean fact, String pointer) {
    if (fact == null) {
      missing(pointer);
      return control(control, ControlStatus.UNKNOWN, null);
    }
    return require(control, fact);
  }

  /**
   * A technical control that needs every one of several input facts: missing as soon as one is false (whatever the
   * others), unknown when none is false but some are left out, satisfied when all are true. Facts left out are
   * always named as missing, so an unknown never hides a known failure nor the other way round.
   * {@code pointersAndFacts} alternates a JSON pointer and its fact.
   */
  public Emit checkAll(ControlType control, Object... pointersAndFacts) {
    boolean anyFalse = false;
    boolean anyUnknown = false;
    for (int i = 1; i < pointersAndFacts.length; i += 2) {
      Object fact = pointersAndFacts[i];
      anyFalse |= Boolean.FALSE.equals(fact);
      anyUnknown |= fact == null;
    }
    for (int i = 1; i < pointersAndFacts.length; i += 2) {
      if (pointersAndFacts[i] == null) {
        missing((String) pointersAndFacts[i - 1]); // named even beside a known failure
      }
    }
    if (anyFalse) {
      return require(control, false);
    }
    return anyUnknown ? control(control, ControlStatus.UNKNOWN, null) : require(control, true);
  }

  /**
   * An organisational or contractual control: its status is what the flow declares of it in {@code inPlace}
   * (in place, planned, absent, unknown); a control not declared at all is missing.
   */
  public Emit declared(ControlType control) {
    return declared(control, outcomes.evidence(control, party));
  }

  /**
   * An organisational control the current party holds over another one, {@code over} (the entrustee it supervises): as
   * {@link #declared(ControlType)}, where a declaration under another name of the same duty counts only if it covers
   * that party ({@link ControlType#alsoShownBy(boolean)}: supervising the consignee shows supervising an entrustee only
   * when the entrustee is the consignee).
   */
  public Emit declaredOver(ControlType control, String over) {
    return declared(control, outcomes.evidence(control, party, over));
  }

  private Emit declared(ControlType control, Outcomes.Evidence e) {
    if (e.status() == ControlStatus.UNKNOWN) {
      missing(e.pointer());
    }
    return control(control, e.status(), e.summary());
  }

  /**
   * A control one input fact can show (true: satisfied) and the flow can also declare in {@code inPlace}: the fact
   * when it shows it, else what the flow declares; not declared, a false fact is missing and a fact left out is unknown
   * (and named as missing at {@code pointer}).
   */
  public Emit checkOrDeclared(ControlType control, Boolean fact, String pointer) {
    if (Boolean.TRUE.equals(fact)) {
      return control(control, ControlStatus.SATISFIED, null);
    }
    Outcomes.Evidence e = outcomes.evidence(control, party);
    return e.pointer() != null ? declared(control, e) : check(control, fact, pointer);
  }

  private Emit control(ControlType control, ControlStatus status, String evidence) {
    activation.subject(party, segment, subjectKind, threat);
    activation.add(new Activation.ControlEntry(control, party, segment, threat, status, evidence, subjectKind));
    return this;
  }

  /** A responsibility for the current party (and segment and threat, if set). */
  public Emit responsible(ResponsibilityType type) {
    return responsible(type, null);
  }

  /** A responsibility narrowed by the text named {@code scope} (a key of the engine's texts). */
  public Emit responsible(ResponsibilityType type, String scope) {
    activation.subject(party, segment, subjectKind, threat);
    activation.add(new Activation.ResponsibilityEntry(party, type, segment == null ? List.of() : List.of(segment),
        threat == null ? List.of() : List.of(threat), scope, subjectKind));
    return this;
  }

  /**
   * A responsibility for the current party on every segment and every threat given, recorded once (not once per
   * segment and threat, so an answer grows with the flow's facts, not with their product).
   *
   * @param steps the path steps ({@code PathStep} facts)
   * @param threats the threats ({@code ThreatInScope} facts)
   */
  public Emit responsibleOnPath(ResponsibilityType type, List<?> steps, List<?> threats) {
    org.demarc.rules.facts.PathStep[] ordered = new org.demarc.rules.facts.PathStep[steps.size()];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = (org.demarc.rules.facts.PathStep) steps.get(i);
    }
    java.util.Arrays.sort(ordered, java.util.Comparator.comparingInt(org.demarc.rules.facts.PathStep::index));
    List<String> segmentIds = new java.util.ArrayList<>(ordered.length);
    for (org.demarc.rules.facts.PathStep s : ordered) {
      segmentIds.add(s.segment().id());
    }
    java.util.EnumSet<Threat> ts = java.util.EnumSet.noneOf(Threat.class);
    for (Object t : threats) {
      ts.add(((org.demarc.rules.facts.ThreatInScope) t).threat());
    }
    activation.subject(party, null, null, null);
    activation.add(new Activation.ResponsibilityEntry(party, type, segmentIds, List.copyOf(ts), null,
        SubjectKind.SEGMENT));
    return this;
  }

  /** Information only. */
  public Emit info() {
    activation.subject(party, segment, subjectKind, threat);
    return this;
  }

  /** The guideline is ambiguous here or does not cover the case: a human must review it. */
  public Emit review() {
    activation.subject(party, segment, subjectKind, threat);
    activation.review();
    return this;
  }

  /** This edition has no section that addresses this part of the flow. */
  public Emit notCovered() {
    activation.subject(party, segment, subjectKind, threat);
    activation.markNotCovered();
    return this;
  }

  /** The flow is prohibited. */
  public Emit prohibit() {
    activation.subject(party, segment, subjectKind, threat);
    activation.prohibit();
    return this;
  }

  /** A fact the rule needs is missing: name it as a JSON pointer. */
  public Emit missing(String pointer) {
    activation.subject(party, segment, subjectKind, threat);
    activation.addMissing(pointer);
    return this;
  }

  /**
   * A fact left out that the answer does without: no obligation depends on it (whether the recipients send too decides
   * only their own share of responsibility), or the flow is judged on the reading that asks more (data not said to be
   * personal and medical is taken to be). It is listed among the missing facts, and the finding informs instead of
   * leaving the flow's verdict open.
   */
  public Emit unknownDetail(String pointer) {
    activation.subject(party, segment, subjectKind, threat);
    activation.addUnknownDetail(pointer);
    return this;
  }
}

package org.demarc.rules.support;

import org.demarc.model.ControlType;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.ResponsibilityType;
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
    this.segment = segmentId;
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

  /** A technical control whose status the rule read off the flow. */
  public Emit require(ControlType control, boolean satisfied) {
    return control(control, satisfied ? ControlStatus.SATISFIED : ControlStatus.MISSING);
  }

  /** An organisational or contractual control: satisfied only when the flow declares it in place. */
  public Emit declared(ControlType control) {
    return require(control, outcomes.declaredInPlace(control, party));
  }

  private Emit control(ControlType control, ControlStatus status) {
    activation.subject(party, segment, threat);
    activation.add(new Activation.ControlEntry(control, party, segment, threat, status));
    return this;
  }

  /** A responsibility for the current party (and segment and threat, if set). */
  public Emit responsible(ResponsibilityType type) {
    activation.subject(party, segment, threat);
    activation.add(new Activation.ResponsibilityEntry(party, type, segment, threat));
    return this;
  }

  /** Information only. */
  public Emit info() {
    activation.subject(party, segment, threat);
    return this;
  }

  /** The guideline is ambiguous here or does not cover the case: a human must review it. */
  public Emit review() {
    activation.subject(party, segment, threat);
    activation.review();
    return this;
  }

  /** This edition has no section that addresses this part of the flow. */
  public Emit notCovered() {
    activation.subject(party, segment, threat);
    activation.markNotCovered();
    return this;
  }

  /** The flow is prohibited. */
  public Emit prohibit() {
    activation.subject(party, segment, threat);
    activation.prohibit();
    return this;
  }

  /** A fact the rule needs is missing: name it as a JSON pointer. */
  public Emit missing(String pointer) {
    activation.subject(party, segment, threat);
    activation.addMissing(pointer);
    return this;
  }
}

package org.demarc.rules.support;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.InPlace;
import org.demarc.model.result.ControlStatus;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global every rule consequence records into, one instance per evaluation. Not thread-safe; the engine
 * creates one per rule session.
 */
public final class Outcomes {
  private final DataFlow flow;
  /**
   * How many of the flow's {@code inPlace} entries it declares itself; any after them are evidence from contract clauses
   * found covering (a contract check), which outranks what the flow declares.
   */
  private final int own;
  private final List<Activation> activations = new ArrayList<>();
  /** The match of the consequence running now and its activation: consequences run one at a time. */
  private Match current;
  private Activation currentActivation;

  /**
   * Outcomes of evaluating this flow (null when reviewing a contract on its own), whose first {@code own} {@code inPlace}
   * entries are its own declarations and the rest evidence from contract clauses.
   */
  public Outcomes(DataFlow flow, int own) {
    this.flow = flow;
    this.own = own;
  }

  /** Start recording for the firing rule; calls within one consequence share one activation. */
  public Emit at(RuleContext kcontext) {
    Match match = kcontext.getMatch();
    if (match != current) {
      current = match;
      currentActivation = new Activation(kcontext.getRule().getName(), match.getObjects());
      activations.add(currentActivation);
    }
    return new Emit(this, currentActivation);
  }

  /** A party as a message names it (DataFlow.named); its id when reviewing a contract on its own. */
  String named(String partyId) {
    return flow == null ? partyId : flow.named(partyId);
  }

  /** Every activation, in firing order. */
  public List<Activation> activations() {
    return activations;
  }

  /**
   * What the flow declares of a control for a party.
   *
   * @param status the control's status
   * @param pointer the declaration, as a JSON pointer, or null when there is none
   * @param summary its reference, owner and due date, or null
   */
  record Evidence(ControlStatus status, String pointer, String summary) {}

  private static final Evidence UNDECLARED = new Evidence(ControlStatus.MISSING, null, null);

  /**
   * The declaration for the party itself wins over one for every party; the first of each counts (validation refuses a
   * second one with another status). A control not declared under its own name is looked up under the names of the same
   * duty ({@link ControlType#alsoShownBy()}); the evidence then says which name it was declared under.
   */
  Evidence evidence(ControlType control, String party) {
    return evidence(control, party, null);
  }

  /**
   * What the flow declares of a control a party holds over another one ({@code over}, e.g. the entrustee it supervises):
   * the other names of the duty that count are those for that party ({@link ControlType#alsoShownBy(boolean)}).
   */
  Evidence evidence(ControlType control, String party, String over) {
    if (flow == null || flow.inPlace() == null) {
      return UNDECLARED;
    }
    Evidence e = evidence(control, party, false, true);
    if (e.pointer() != null) {
      return e;
    }
    // under another name, a declaration that does not say whom it concerns (one naming no party, or the supervisor's)
    // counts only where that name covers the party concerned (ControlType#alsoShownBy(boolean))
    List<ControlType> unnamed = control.alsoShownBy(flow.consignee(over == null ? party : over));
    for (ControlType other : over == null ? control.alsoShownBy() : unnamed) {
      e = evidence(other, party, true, unnamed.contains(other));
      if (e.pointer() != null) {
        break;
      }
    }
    return e;
  }

  /**
   * @param generalCounts whether a declaration naming no party counts
   */
  private Evidence evidence(ControlType control, String party, boolean underOtherName, boolean generalCounts) {
    int general = -1;
    int specific = -1;
    List<InPlace> declarations = flow.inPlace();
    int size = declarations.size();
    for (int k = 0; k < size; k++) {
      int i = (k + own) % size; // evidence from contracts first, then the flow's own declarations
      InPlace d = declarations.get(i);
      if (d == null || d.control() != control) {
        continue;
      }
      if (d.party() == null && general < 0 && generalCounts) {
        general = i;
      } else if (d.party() != null && d.party().equals(party) && specific < 0) {
        specific = i;
      }
    }
    int at = specific >= 0 ? specific : general;
    if (at < 0) {
      return UNDECLARED;
    }
    InPlace d = declarations.get(at);
    ControlStatus status = status(d);
    String summary = summary(d);
    if (underOtherName) {
      summary = summary == null ? control.name() : control.name() + ": " + summary;
    }
    return new Evidence(status, "/inPlace/" + at, summary);
  }

  /** The status a declaration gives the control it declares. */
  public static ControlStatus status(InPlace d) {
    return switch (d.effectiveStatus()) {
      case IN_PLACE -> ControlStatus.SATISFIED;
      case PLANNED -> ControlStatus.PLANNED;
      case ABSENT -> ControlStatus.MISSING;
      case UNKNOWN -> ControlStatus.UNKNOWN;
    };
  }

  /** A declaration's reference, owner and due date, or null when it gives none. */
  public static String summary(InPlace d) {
    StringBuilder b = new StringBuilder();
    if (d.reference() != null) {
      b.append(d.reference());
    }
    if (d.owner() != null) {
      b.append(b.length() > 0 ? "; " : "").append("owner: ").append(d.owner());
    }
    if (d.due() != null) {
      b.append(b.length() > 0 ? "; " : "").append("due: ").append(d.due());
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** The recipients' party ids in order, for a message naming where the path ends. */
  public static java.util.List<String> recipientIds(java.util.List<org.demarc.model.Recipient> recipients) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    if (recipients != null) {
      for (org.demarc.model.Recipient r : recipients) {
        if (r != null && r.party() != null) {
          ids.add(r.party());
        }
      }
    }
    return ids;
  }


  /**
   * Whether the information itself crosses every segment whose exposures were collected encrypted: false as soon as
   * one is known not to, null (unknown) when none is known not to but one is not known (the flow gives no
   * {@code objectSecurity}, or no decrypting party), true when all are known to.
   *
   * @param exposures each segment's collected {@code encrypted} values (none where the exposure is not known)
   */
  @SafeVarargs
  public static Boolean encryptedOnAll(java.util.List<Boolean>... exposures) {
    boolean unknown = false;
    for (java.util.List<Boolean> e : exposures) {
      if (e.isEmpty()) {
        unknown = true;
      } else if (!e.get(0)) {
        return Boolean.FALSE;
      }
    }
    return unknown ? null : Boolean.TRUE;
  }

  /** The fact that decides whether the information itself is encrypted on a segment when the flow leaves it out. */
  public static String exposurePointer(DataFlow flow) {
    return flow.objectSecurity() == null ? "/objectSecurity" : "/objectSecurity/decryptedBy";
  }

  /** Whether the flow says tampering with the information is detectable: null when it does not say. */
  public static Boolean tamperDetected(DataFlow flow) {
    org.demarc.model.ObjectSecurity os = flow.objectSecurity();
    return os == null || os.tamperDetection() == null ? null
        : Boolean.valueOf(os.tamperDetection() != org.demarc.model.TamperDetection.NONE);
  }

  /** The fact that says whether tampering is detectable. */
  public static String tamperPointer(DataFlow flow) {
    return flow.objectSecurity() == null ? "/objectSecurity" : "/objectSecurity/tamperDetection";
  }
}

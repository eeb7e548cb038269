package org.demarc.rules.support;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.InPlace;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global every rule consequence records into, one instance per evaluation. Not thread-safe; the engine
 * creates one per rule session.
 */
public final class Outcomes {
  private final DataFlow flow;
  private final List<Activation> activations = new ArrayList<>();
  /** The match of the consequence running now and its activation: consequences run one at a time. */
  private Match current;
  private Activation currentActivation;

  /** Outcomes of evaluating this flow (null when reviewing a contract on its own). */
  public Outcomes(DataFlow flow) {
    this.flow = flow;
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

  /** Every activation, in firing order. */
  public List<Activation> activations() {
    return activations;
  }

  boolean declaredInPlace(ControlType control, String party) {
    if (flow == null || flow.inPlace() == null) {
      return false;
    }
    for (InPlace declared : flow.inPlace()) {
      if (declared != null
          && declared.control() == control
          && (declared.party() == null || declared.party().equals(party))) {
        return true;
      }
    }
    return false;
  }
}

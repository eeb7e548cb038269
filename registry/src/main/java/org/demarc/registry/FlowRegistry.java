package org.demarc.registry;

/** The flows an institution's architects keep; each links to the parties it names. */
public interface FlowRegistry extends DocumentRegistry {

  /** Notes the verdict and edition of a flow's latest decision (for filtering); a flow that is gone is ignored. */
  void noteDecision(String tenant, String id, String verdict, String edition);
}

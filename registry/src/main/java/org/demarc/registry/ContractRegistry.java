package org.demarc.registry;

import java.util.List;

/** The contracts procurement keeps; each links to the stored flows it covers. */
public interface ContractRegistry extends DocumentRegistry {

  /** The contracts (not archived) that cover a flow, in id order. */
  List<Stored> covering(String tenant, String flowId);

  /**
   * The contracts (not archived) covering each flow whose id lies between {@code firstFlow} and {@code lastFlow}
   * inclusive, by flow id (one query for a chunk of flows); flows no contract covers are absent.
   */
  java.util.Map<String, List<Stored>> coveringRange(String tenant, String firstFlow, String lastFlow);
}

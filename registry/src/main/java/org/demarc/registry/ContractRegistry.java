package org.demarc.registry;

import java.util.List;

/** The contracts procurement keeps; each links to the stored flows it covers. */
public interface ContractRegistry extends DocumentRegistry {

  /** The contracts (not archived) that cover a flow, in id order. */
  List<Stored> covering(String flowId);
}

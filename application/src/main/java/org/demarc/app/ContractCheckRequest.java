package org.demarc.app;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.result.Violation;

/**
 * A flow with the contracts between its parties, as one request body (API) or one file (CLI).
 *
 * @param flow the flow
 * @param contracts the contracts
 */
public record ContractCheckRequest(DataFlow flow, List<Contract> contracts) {

  /** The violation of a request without a flow, or none. */
  public List<Violation> missingFlow() {
    return flow != null ? List.of() : List.of(new Violation("/flow", "required", Messages.text("field.required",
        "field", "flow")));
  }

  /**
   * Violations the engine found in a flow and its contracts, re-rooted in this request: the flow's under
   * {@code /flow}, the contracts' where they are ({@code /contracts/...}).
   */
  public static List<Violation> rerooted(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      out.add(v.pointer().startsWith("/contracts") ? v : new Violation("/flow" + v.pointer(), v.code(), v.message()));
    }
    return out;
  }

  /** Violations the engine found in one contract reviewed on its own, re-rooted at the contract itself. */
  public static List<Violation> ofOneContract(List<Violation> violations) {
    return violations.stream()
        .map(v -> new Violation(v.pointer().replaceFirst("^/contracts/0", ""), v.code(), v.message())).toList();
  }
}

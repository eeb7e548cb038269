package org.demarc.engine;

import java.util.List;
import org.demarc.model.Contract;
import org.demarc.model.ControlType;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Verdict;

/**
 * A contract scenario file: either a flow with its contracts (check the flow's obligations) or one contract on its
 * own (check it against its kind's checklist). Parsed strictly.
 */
record ContractScenario(
    String description, List<Edition> editions, DataFlow given, List<Contract> contracts, Contract contract, Expect expect) {

  /**
   * What the checklist must show.
   *
   * @param unusedClauses when given, exactly the clauses that settle nothing, each as "contract clause"
   */
  record Expect(
      ContractVerdict verdict,
      Verdict flowVerdict,
      List<String> fired,
      List<String> notFired,
      List<Item> items,
      List<Item> absentItems,
      List<String> unusedClauses) {}

  /** A checklist item matched on the fields given. */
  record Item(String checklistItem, ControlType control, String party, String segment, ChecklistStatus status,
      Strength strength, String contract, String messageContains) {}
}

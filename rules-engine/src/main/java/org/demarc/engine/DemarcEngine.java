package org.demarc.engine;

import java.util.List;
import java.util.Optional;
import org.demarc.model.Contract;
import org.demarc.model.DataFlow;
import org.demarc.model.result.ContractCheck;
import org.demarc.model.Edition;
import org.demarc.model.result.EditionComparison;
import org.demarc.model.result.EvaluationResult;
import org.demarc.model.result.FlowImpact;
import org.demarc.model.result.GuidelineChanges;
import org.demarc.model.result.Provenance;
import org.demarc.model.result.RuleDescriptor;
import org.demarc.model.result.Violation;

/**
 * Evaluates flows against the guideline. Thread-safe: build one at start-up and share it.
 */
public interface DemarcEngine {

  /**
   * Evaluates a flow under one edition.
   *
   * @throws InvalidFlowException when the flow is structurally invalid (see {@link #validate})
   */
  EvaluationResult evaluate(DataFlow flow, Edition edition);

  /**
   * Evaluates a flow under two editions and returns what changes between them.
   *
   * @throws InvalidFlowException when the flow is structurally invalid
   */
  default EditionComparison compare(DataFlow flow, Edition from, Edition to) {
    return Comparisons.diff(evaluate(flow, from), evaluate(flow, to));
  }

  /**
   * What moving from one edition to another does to a flow and to the contracts linked to it: verdict, findings added,
   * removed and changed, responsibilities moved, and each contract's checklist items that change status. With no
   * contracts, only the flow's side.
   *
   * @throws InvalidFlowException when the flow or a contract is structurally invalid
   */
  default FlowImpact impact(DataFlow flow, List<Contract> contracts, Edition from, Edition to) {
    EditionComparison c = compare(flow, from, to);
    if (contracts.isEmpty()) {
      return Comparisons.impact(c, null, null);
    }
    return Comparisons.impact(c, checkContracts(flow, contracts, from), checkContracts(flow, contracts, to));
  }

  /**
   * Checks the contracts between a flow's parties: every obligation the flow's evaluation says a contract must settle
   * is matched to a covering clause or reported missing, partial, bound to the wrong party, or without any contract.
   *
   * @throws InvalidFlowException when the flow or a contract is structurally invalid
   */
  ContractCheck checkContracts(DataFlow flow, List<Contract> contracts, Edition edition);

  /**
   * Checks one contract on its own against the checklist for its kind, before any flow exists.
   *
   * @throws InvalidFlowException when the contract is structurally invalid
   */
  ContractCheck reviewContract(Contract contract, Edition edition);

  /**
   * The ids of the rules that apply to a flow under an edition (those that fire), sorted, without building the
   * answer: which parts of the guideline a flow touches, at the cost of the rule session alone.
   *
   * @throws InvalidFlowException when the flow is structurally invalid
   */
  List<String> applicableRules(DataFlow flow, Edition edition);

  /** Structural errors in the flow (undeclared parties, duplicate ids, ...); empty when it can be evaluated. */
  List<Violation> validate(DataFlow flow);

  /**
   * Structural errors in contracts (pointers under /contracts) and, when a flow is given, in the flow and in the
   * contracts' references to its parties; empty when they can be checked.
   *
   * @param flow the flow the contracts belong to, or null for contracts reviewed on their own
   */
  List<Violation> validate(DataFlow flow, List<Contract> contracts);

  /** The editions this engine can evaluate under, oldest first. */
  List<Edition> editions();

  /** The rules of an edition with their citations, sorted by id. */
  List<RuleDescriptor> rules(Edition edition);

  /** One rule of an edition. */
  Optional<RuleDescriptor> rule(Edition edition, String id);

  /**
   * What changes in the guideline between two editions, whatever the flow: the text changes the seed's revision table
   * shows (the rule catalogue's edition diff) and the rules that differ between the two rule bases.
   */
  GuidelineChanges changes(Edition from, Edition to);

  /** What produces results under an edition: rule-set version and content hash, engine version. */
  Provenance provenance(Edition edition);

  /** The engine's version. */
  String engineVersion();

  /** Builds the engine from the precompiled rule bases on the class path, failing fast on any defect. */
  static DemarcEngine create() {
    return KieDemarcEngine.fromClasspath();
  }
}

package org.demarc.model.result;

import java.util.List;
import org.demarc.model.Edition;

/**
 * What a change of edition does to one flow and the contracts linked to it: the answer of an impact analysis for one
 * flow. Findings are named by their stable ids (the full findings are in an edition comparison of the flow).
 *
 * @param flowId the flow
 * @param from the edition it was evaluated under first
 * @param to the edition it was evaluated under second
 * @param fromVerdict the verdict under {@code from}
 * @param toVerdict the verdict under {@code to}
 * @param verdictChanged whether the verdict differs
 * @param findingsAdded ids of findings only {@code to} makes
 * @param findingsRemoved ids of findings only {@code from} makes
 * @param findingsChanged ids of findings both make that differ (kind, strength, party, text, review)
 * @param responsibilitiesAdded responsibilities only {@code to} assigns (who now holds what)
 * @param responsibilitiesRemoved responsibilities only {@code from} assigns
 * @param contracts the linked contracts whose checklist items change status; empty when none do or none is linked
 * @param contractsToAmend ids of the linked contracts that need amending: an item of theirs changes to a status that
 *     is not covered
 */
public record FlowImpact(
    String flowId,
    Edition from,
    Edition to,
    Verdict fromVerdict,
    Verdict toVerdict,
    boolean verdictChanged,
    List<String> findingsAdded,
    List<String> findingsRemoved,
    List<String> findingsChanged,
    List<Responsibility> responsibilitiesAdded,
    List<Responsibility> responsibilitiesRemoved,
    List<ContractImpact> contracts,
    List<String> contractsToAmend) {

  /** Whether anything changes for this flow. */
  public boolean changes() {
    return verdictChanged || !findingsAdded.isEmpty() || !findingsRemoved.isEmpty() || !findingsChanged.isEmpty()
        || !responsibilitiesAdded.isEmpty() || !responsibilitiesRemoved.isEmpty() || !contracts.isEmpty();
  }

  /**
   * The checklist items of one linked contract that change status between the editions.
   *
   * @param contract the contract's id
   * @param counterparty the party it binds
   * @param needsAmending whether an item changes to a status other than covered or not applicable
   * @param items the items that change
   */
  public record ContractImpact(String contract, String counterparty, boolean needsAmending, List<ItemChange> items) {}

  /**
   * One checklist item whose status changes.
   *
   * @param id the item's stable id
   * @param checklistItem the contract checklist item (CC-xx), when the obligation is one
   * @param strength must or should under {@code to} (or {@code from} when it no longer applies)
   * @param from its status under {@code from} ({@code NOT_APPLICABLE} when it did not exist)
   * @param to its status under {@code to} ({@code NOT_APPLICABLE} when it no longer exists)
   */
  public record ItemChange(String id, String checklistItem, Strength strength, ChecklistStatus from,
      ChecklistStatus to) {}
}

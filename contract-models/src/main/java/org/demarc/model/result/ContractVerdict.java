package org.demarc.model.result;

/** The overall answer of a contract check. */
public enum ContractVerdict {
  /** Every MUST and SHOULD obligation is covered. */
  COVERED,
  /** Every MUST obligation is covered; some recommendations are not. */
  COVERED_WITH_RECOMMENDATIONS,
  /** Some MUST obligation is missing, partial, bound to the wrong party, or has no contract at all. */
  GAPS,
  /** Nothing in the flow or the contract needs a contract clause. */
  NOT_APPLICABLE
}

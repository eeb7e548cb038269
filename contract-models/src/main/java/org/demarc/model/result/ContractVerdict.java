package org.demarc.model.result;

/** The overall answer of a contract check. */
public enum ContractVerdict {
  /** Every MUST and SHOULD obligation is covered. */
  COVERED,
  /** Every MUST obligation is covered; some recommendations are not. */
  COVERED_WITH_RECOMMENDATIONS,
  /** Some MUST obligation is missing, partial, bound to the wrong party, or has no contract at all. */
  GAPS,
  /**
   * Every MUST obligation the flow is known to create is covered, but the flow leaves out facts a MUST rule needs, so
   * further obligations may exist (the flow result names the facts); never "covered" on facts not given.
   */
  INSUFFICIENT_INFORMATION,
  /** Nothing in the flow or the contract needs a contract clause. */
  NOT_APPLICABLE
}

package org.demarc.model.result;

/** The kinds of responsibility the guideline assigns. */
public enum ResponsibilityType {
  /** 管理責任. */
  MANAGEMENT,
  /** 管理責任の一部: the partial management share a carrier or online service can carry, with its scope. */
  PARTIAL_MANAGEMENT,
  /** 説明責任. */
  ACCOUNTABILITY,
  /** 結果責任. */
  RESULT,
  /** 契約遵守と報告義務: the consignee's duty to keep the contract and report. */
  CONTRACT_COMPLIANCE_AND_REPORTING,
  /** 監督: supervision of a consignee, entrustee or maintenance vendor. */
  SUPERVISION,
  /** 個人情報保護を達成する責務: the recipient's duty to protect the data it received by third-party provision. */
  PERSONAL_INFORMATION_PROTECTION,
  /** 責務とは無関係: explicitly free of a responsibility (e.g. a carrier and eavesdropping on encrypted data). */
  EXEMPT
}

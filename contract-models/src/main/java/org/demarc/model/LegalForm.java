package org.demarc.model;

/**
 * The legal form of providing the information outside (個人情報保護法上の提供の形態). The guideline says there are two
 * forms, consignment and third-party provision, with different duties; provision required by law is the
 * statutory exception to consent.
 */
public enum LegalForm {
  /** 委託: the recipient processes the data on the provider's behalf. */
  CONSIGNMENT,
  /** 第三者提供: the data is provided to a third party for its own use. */
  THIRD_PARTY_PROVISION,
  /** 法令に基づく提供: provision required by law (e.g. claims submission), the 法令に基づく場合 exception. */
  PROVISION_REQUIRED_BY_LAW,
  /** 共同利用: joint use among named parties; the seed names only consignment and third-party provision. */
  JOINT_USE
}

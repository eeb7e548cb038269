package org.demarc.model;

/** The kind of contract, which decides what its checklist requires. */
public enum ContractKind {
  /** 提供元と提供先の合意: demarcation agreement between provider and recipient (CC-01, CC-02). */
  DEMARCATION_AGREEMENT,
  /** 回線事業者との回線サービス契約: network service contract with a line carrier (CC-03 to CC-06). */
  NETWORK_SERVICE,
  /** オンラインサービス提供事業者とのサービス契約: online service contract (CC-03 to CC-06). */
  ONLINE_SERVICE,
  /** 個人情報に関する委託契約: personal-information entrustment contract (CC-07). */
  PERSONAL_INFORMATION_ENTRUSTMENT,
  /** 委託契約: consignment contract with a consignee (CC-16). */
  CONSIGNMENT,
  /** 保守契約: maintenance contract, including remote maintenance (CC-09). */
  MAINTENANCE
}

package org.demarc.model;

/**
 * What shape of situation a flow describes. The guideline's 6.11 addresses exchanges with outside parties, and
 * also staff and patients reaching the institution's systems from outside; remote maintenance (remote login),
 * emergency (break-glass) access and taking information out are addressed by their own clauses. Each kind needs
 * its own facts: a break-glass access has no network path, staff access has no legal form of provision.
 */
public enum FlowKind {
  /** 外部との情報交換: medical information provided to (or exchanged with) another organisation over a path. */
  EXCHANGE,
  /** 従事者による外部からの接続: the institution's own staff reaching its systems from outside (not a recipient). */
  STAFF_ACCESS,
  /** 患者等による外部からのアクセス: patients reaching their own records from outside (the data subject, not a third party). */
  PATIENT_ACCESS,
  /** リモートログインによる遠隔保守: a vendor's remote login session into the institution's systems (not a provision). */
  REMOTE_MAINTENANCE,
  /** 非常時アクセス: emergency (break-glass) access on site, bypassing normal access control; no network path. */
  BREAK_GLASS,
  /** 保存の外部委託: storage consigned to an outside service (e.g. encrypted with the institution's own keys). */
  EXTERNAL_STORAGE,
  /** 情報および情報機器の持ち出し: information or devices taken out of the institution (6.9). */
  TAKE_OUT;

  /** Whether information is provided to another organisation, so the legal form of provision matters. */
  public boolean provision() {
    return this == EXCHANGE || this == EXTERNAL_STORAGE;
  }

  /** Whether someone reaches the institution's systems from outside (staff or patient). */
  public boolean outsideAccess() {
    return this == STAFF_ACCESS || this == PATIENT_ACCESS;
  }
}

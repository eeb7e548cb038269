package org.demarc.model;

/** The role a party plays in a flow. One organisation may hold several roles. */
public enum PartyRole {
  /** 提供元医療機関等: the institution that provides (sends) the medical information. */
  PROVIDER,
  /** 提供先機関: an institution or business that receives the information. */
  RECIPIENT,
  /** 回線事業者 (回線提供事業者): a line carrier whose network carries a segment of the path. */
  CARRIER,
  /** オンラインサービス提供事業者: an online service provider (ASP, regional network operator) in the path. */
  ONLINE_SERVICE,
  /** 保守業者 (保守委託業者): a maintenance vendor that may log in remotely. */
  MAINTENANCE_VENDOR,
  /** 従事者: a member of the institution's own staff (or their terminal) reaching its systems from outside. */
  STAFF,
  /** 患者等: a patient (the data subject) reaching their own records from outside. */
  PATIENT
}

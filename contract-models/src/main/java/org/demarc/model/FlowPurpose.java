package org.demarc.model;

/** Why the information is exchanged with the outside (外部と診療情報等を交換するケース). */
public enum FlowPurpose {
  /** 地域医療連携: exchange with hospitals, pharmacies, laboratories in a regional care network. */
  REGIONAL_CARE_COORDINATION,
  /** 診療報酬の請求: claims to the review and payment bodies (審査支払機関). */
  CLAIMS_SUBMISSION,
  /** ASP型のサービスの利用: use of an application service provider. */
  ASP_SERVICE,
  /** 従事者がモバイル端末等で外部から接続: staff connecting from outside for their work. */
  STAFF_REMOTE_ACCESS,
  /** 患者等による外部からのアクセス: patients accessing from outside. */
  PATIENT_ACCESS,
  /** 医療情報の保存の外部委託: storing medical information with an outside party. */
  EXTERNAL_STORAGE,
  /** Any other purpose. */
  OTHER
}

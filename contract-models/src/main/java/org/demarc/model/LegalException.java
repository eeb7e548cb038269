package org.demarc.model;

/** The exceptions to consent in 個人情報保護法 第23条第1項 (old numbering; now 第27条第1項). */
public enum LegalException {
  /** 法令に基づく場合: required by law. */
  REQUIRED_BY_LAW,
  /** 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき. */
  PROTECTION_OF_LIFE_OR_BODY,
  /** 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき. */
  PUBLIC_HEALTH_OR_CHILD_WELFARE,
  /** 国の機関若しくは地方公共団体…の事務の遂行に協力する必要がある場合. */
  GOVERNMENT_COOPERATION
}

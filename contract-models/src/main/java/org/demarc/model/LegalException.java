package org.demarc.model;

/** The exceptions to consent in 個人情報保護法 第23条第1項 (old numbering; now 第27条第1項). */
public enum LegalException {
  /** 法令に基づく場合: required by law. */
  REQUIRED_BY_LAW("第1号「法令に基づく場合」", "item (i), required by law"),
  /** 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき. */
  PROTECTION_OF_LIFE_OR_BODY("第2号「人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき」",
      "item (ii), protecting life, body or property where consent is hard to obtain"),
  /** 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき. */
  PUBLIC_HEALTH_OR_CHILD_WELFARE("第3号「公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき」",
      "item (iii), public health or child welfare where consent is hard to obtain"),
  /** 国の機関若しくは地方公共団体…の事務の遂行に協力する必要がある場合. */
  GOVERNMENT_COOPERATION("第4号「国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合」",
      "item (iv), cooperating with a state or local body carrying out its statutory duties");

  private final String labelJa;
  private final String labelEn;

  LegalException(String labelJa, String labelEn) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  /** The exception as the act words it (old article 23(1) numbering), in Japanese. */
  public String labelJa() {
    return labelJa;
  }

  /** The exception by its item, described in English. */
  public String labelEn() {
    return labelEn;
  }
}

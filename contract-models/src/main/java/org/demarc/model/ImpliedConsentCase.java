package org.demarc.model;

/**
 * The purpose cases of the MHLW guideline for medical and care businesses (医療・介護関係事業者における個人情報の適切な取扱いのための
 * ガイドライン Ⅲ-5-(3)-① ア〜エ) for which implied consent is accepted.
 */
public enum ImpliedConsentCase {
  /** (ア) coordinating with other institutions for the patient's own care. */
  A_CARE_COORDINATION("ア（患者への医療の提供のための他の医療機関等との連携）",
      "ア, coordinating with other institutions for the patient's own care"),
  /** (イ) seeking the opinion or advice of outside physicians. */
  I_EXTERNAL_ADVICE("イ（外部の医師等の意見・助言を求めること）", "イ, seeking the opinion or advice of outside physicians"),
  /** (ウ) answering inquiries from other institutions. */
  U_INQUIRY_RESPONSE("ウ（他の医療機関等からの照会への回答）", "ウ, answering inquiries from other institutions"),
  /** (エ) explaining the patient's condition to the family. */
  E_FAMILY_EXPLANATION("エ（家族等への病状説明）", "エ, explaining the patient's condition to the family"),
  /** None of the listed cases. */
  OTHER("ア〜エのいずれでもない場合", "none of the cases ア to エ");

  private final String labelJa;
  private final String labelEn;

  ImpliedConsentCase(String labelJa, String labelEn) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  /** The case as the guideline marks and describes it, in Japanese. */
  public String labelJa() {
    return labelJa;
  }

  /** The case as the guideline marks it, described in English. */
  public String labelEn() {
    return labelEn;
  }
}

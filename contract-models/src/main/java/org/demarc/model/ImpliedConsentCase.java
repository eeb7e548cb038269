package org.demarc.model;

/**
 * The purpose cases of the MHLW guideline for medical and care businesses (医療・介護関係事業者における個人情報の適切な取扱いのための
 * ガイドライン Ⅲ-5-(3)-① ア〜エ) for which implied consent is accepted.
 */
public enum ImpliedConsentCase {
  /** (ア) coordinating with other institutions for the patient's own care. */
  A_CARE_COORDINATION,
  /** (イ) seeking the opinion or advice of outside physicians. */
  I_EXTERNAL_ADVICE,
  /** (ウ) answering inquiries from other institutions. */
  U_INQUIRY_RESPONSE,
  /** (エ) explaining the patient's condition to the family. */
  E_FAMILY_EXPLANATION,
  /** None of the listed cases. */
  OTHER
}

package org.demarc.model;

/** On what basis the patient's consent to third-party provision rests. */
public enum ConsentBasis {
  /** 明示の同意: explicit consent. */
  EXPLICIT,
  /** 黙示の同意: implied consent, allowed only for the MHLW purpose cases (ア)〜(エ). */
  IMPLIED,
  /** 法第23条の例外: a statutory exception under which consent is not required. */
  LEGAL_EXCEPTION,
  /** No consent. */
  NONE
}

package org.demarc.model.result;

/** Where the fact behind a rule comes from, as tagged in the rule catalogue. */
public enum Basis {
  /** The guideline text in the seed revision table. */
  SEED,
  /** Demarc's interpretation of the seed text, not guideline text. */
  INTERPRETATION,
  /** Guideline text recalled but not verified against the official PDF: to be checked. */
  RECALLED_UNVERIFIED
}

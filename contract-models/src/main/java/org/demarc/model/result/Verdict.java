package org.demarc.model.result;

/** The overall answer for a flow under one edition, in order of severity. */
public enum Verdict {
  /** Every required control is in place. */
  COMPLIANT,
  /** Compliant once the listed agreements are concluded, or once a human has reviewed the flagged points. */
  COMPLIANT_WITH_CONDITIONS,
  /** A fact a rule needs is missing; the missing fields are named. */
  INSUFFICIENT_INFORMATION,
  /** A required control is missing. */
  NON_COMPLIANT,
  /** The guideline says the information cannot be provided (提供できない). */
  PROHIBITED
}

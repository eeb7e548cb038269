package org.demarc.model.result;

/** The overall answer for a flow under one edition, in order of severity. */
public enum Verdict {
  /** Every required control is in place. */
  COMPLIANT,
  /** Compliant once the listed agreements are concluded, or once a human has reviewed the flagged points. */
  COMPLIANT_WITH_CONDITIONS,
  /**
   * The flow (or part of it) is addressed only by a section this edition does not have, e.g. taking a USB
   * memory stick home under edition 2: never reported as compliant.
   */
  NOT_COVERED_BY_EDITION,
  /** A fact a rule needs is missing; the missing fields are named. */
  INSUFFICIENT_INFORMATION,
  /** A required control is missing. */
  NON_COMPLIANT,
  /** The guideline says the information cannot be provided (提供できない). */
  PROHIBITED
}

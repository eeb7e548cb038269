package org.demarc.model.result;

/** What a missing MUST control does to the verdict. */
public enum MissingEffect {
  /** The flow is non-compliant. */
  NON_COMPLIANT,
  /** The flow is compliant only on condition the control is put in place (e.g. a contract clause). */
  CONDITION
}

package org.demarc.model.result;

/** What a MUST control that is not in place does to the verdict. */
public enum MissingEffect {
  /** Missing: the flow is non-compliant. */
  NON_COMPLIANT,
  /** Planned, or a point the guideline leaves to judgement: compliant only on condition it is put in place or reviewed. */
  CONDITION,
  /** Unknown: the fact it depends on is needed. */
  INSUFFICIENT_INFORMATION,
  /** The flow is prohibited: no control makes it compliant. */
  MOOT_PROHIBITED
}

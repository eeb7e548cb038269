package org.demarc.model.result;

/** Whether a required control is in place. */
public enum ControlStatus {
  /** In place. */
  SATISFIED,
  /** Not in place: known absent, or an organisational control the flow does not declare. */
  MISSING,
  /** Declared planned: to be concluded before use, with an owner. */
  PLANNED,
  /** Not known: the fact it depends on was left out or declared unknown. */
  UNKNOWN,
  /** Does not apply to this flow. */
  NOT_APPLICABLE
}

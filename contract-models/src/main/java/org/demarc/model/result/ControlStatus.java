package org.demarc.model.result;

/** Whether a required control is in place. */
public enum ControlStatus {
  /** In place. */
  SATISFIED,
  /** Not in place (or not declared in place). */
  MISSING,
  /** Does not apply to this flow. */
  NOT_APPLICABLE
}

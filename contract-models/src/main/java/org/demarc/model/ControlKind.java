package org.demarc.model;

/** How a control is put in place, and so how Demarc learns whether it is. */
public enum ControlKind {
  /** A technical measure Demarc can read off the flow (encryption, authentication, ...). */
  TECHNICAL,
  /** An organisational measure the flow declares in place (supervision, explanation, classification, ...). */
  ORGANISATIONAL,
  /** An agreement in a contract (契約等で合意) that the flow declares in place. */
  CONTRACTUAL
}

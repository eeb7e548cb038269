package org.demarc.model.result;

/**
 * What the {@code segment} field of a finding, control or responsibility names: a segment of the path, a medium or
 * device taken out, a remote login, or a contract (for a contract reviewed on its own).
 */
public enum SubjectKind {
  /** A segment of the path (区間), by its id. */
  SEGMENT,
  /** A medium or device taken out (持ち出し, 6.9), by its id. */
  TAKEN_OUT_ITEM,
  /** A remote login for maintenance (リモートログイン), by its id. */
  REMOTE_LOGIN,
  /** A contract, by its id. */
  CONTRACT
}

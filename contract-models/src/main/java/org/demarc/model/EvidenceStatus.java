package org.demarc.model;

/** How far an organisational or contractual control is known to be in place. */
public enum EvidenceStatus {
  /** In place, with evidence (the declaration's reference). */
  IN_PLACE,
  /** To be concluded before use, with an owner: the flow is compliant on that condition. */
  PLANNED,
  /** Known not to be in place. */
  ABSENT,
  /** Not known: Demarc reports insufficient information naming the declaration. */
  UNKNOWN
}

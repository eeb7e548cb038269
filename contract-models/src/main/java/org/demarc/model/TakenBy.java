package org.demarc.model;

/** Who takes information or devices out. */
public enum TakenBy {
  /** 従業者: the institution's staff. */
  STAFF,
  /** 保守業者: a maintenance vendor. */
  MAINTENANCE_VENDOR
}

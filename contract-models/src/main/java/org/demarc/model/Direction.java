package org.demarc.model;

/** Whether information flows one way (一方向の伝送) or both ways (双方向). */
public enum Direction {
  /** 一方向: the provider only sends. */
  ONE_WAY,
  /** 双方向: both ends send. */
  TWO_WAY
}

package org.demarc.model.result;

/** How strongly the guideline words an obligation. */
public enum Strength {
  /** しなければならない, 必要がある, 〜こと: must. */
  MUST,
  /** 望ましい, 推奨される: should. */
  SHOULD,
  /** できない, しないこと: prohibited. */
  PROHIBIT,
  /** Explanation only; no obligation. */
  INFO
}

package org.demarc.model;

/**
 * An edition of the guideline. Only the two editions compared in the seed revision table are encoded: the
 * current column (現行, 第2版, March 2007) and the proposed column (改正案, the draft of 第3版, March 2008).
 * Later editions are not encoded because the rule catalogue only partly verifies their text.
 *
 * <p>This is the one declaration of editions, in order: the engine builds each edition's rule base from the rules'
 * {@code @since} and {@code @until}, the API and the command line list editions from it. A new edition is a constant
 * here, its clause wording ({@code clause.<section>.<edition>} texts) and the rules that differ.
 */
public enum Edition {
  /** 第2版 (edition 2, 2007-03): the seed's current column (現行). */
  E2007_V2("第2版 (2007年3月)", "Edition 2 (March 2007)", 2007),
  /** 第3版 draft (edition 3, 2008-03): the seed's proposed column (改正案). */
  E2008_V3("第3版 改正案 (2008年3月)", "Edition 3 draft (March 2008)", 2008);

  private final String labelJa;
  private final String labelEn;
  private final int year;

  Edition(String labelJa, String labelEn, int year) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
    this.year = year;
  }

  /** Japanese label, e.g. 第2版 (2007年3月). */
  public String labelJa() {
    return labelJa;
  }

  /** English label, e.g. Edition 2 (March 2007). */
  public String labelEn() {
    return labelEn;
  }

  /** Year of publication. */
  public int year() {
    return year;
  }

  /** The newest encoded edition: the last declared. */
  public static Edition newest() {
    Edition[] all = values();
    return all[all.length - 1];
  }
}

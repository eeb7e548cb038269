package org.demarc.model.result;

/**
 * A user-facing text in Japanese and English.
 *
 * @param ja Japanese
 * @param en English
 */
public record Text(String ja, String en) {

  /** The text in the given language ("ja" or anything else for English). */
  public String in(String language) {
    return "ja".equals(language) ? ja : en;
  }
}

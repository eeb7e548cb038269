package org.demarc.model.result;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A user-facing text in Japanese and English. Each language's words may be worked out only when first asked for
 * ({@link #lazily}): an answer holds hundreds of texts and is usually read in one language, or not read at all. Equal
 * when the words in both languages are; the same equality, hash and string form as a record of the two strings.
 */
public final class Text {
  private final Supplier<String> jaWords;
  private final Supplier<String> enWords;
  // What the words are worked out from, when that is known and compared cheaply: two texts from equal origins have
  // the same words, so they are found equal without working the words out (texts from different origins may still
  // have the same words, and are then compared word for word).
  private final Object origin;
  // Worked out at most once per thread that finds them missing: a String is immutable, so a racing reader sees either
  // null (and works the words out again, the same words) or the whole string.
  private String ja;
  private String en;

  /**
   * A text whose words are given.
   *
   * @param ja Japanese
   * @param en English
   */
  public Text(String ja, String en) {
    this.ja = ja;
    this.en = en;
    this.jaWords = null;
    this.enWords = null;
    this.origin = null;
  }

  private Text(Object origin, Supplier<String> ja, Supplier<String> en) {
    this.jaWords = Objects.requireNonNull(ja);
    this.enWords = Objects.requireNonNull(en);
    this.origin = origin;
  }

  /** A text whose words in each language are worked out by its supplier when first asked for, then kept. */
  public static Text lazily(Supplier<String> ja, Supplier<String> en) {
    return new Text(null, ja, en);
  }

  /**
   * A text whose words are worked out when first asked for, from {@code origin}: whatever the suppliers read (e.g. a
   * message's templates and the values filled into them), such that texts with equal origins have the same words in
   * both languages. Comparing two such texts then works no words out.
   */
  public static Text lazily(Object origin, Supplier<String> ja, Supplier<String> en) {
    return new Text(Objects.requireNonNull(origin), ja, en);
  }

  /** Japanese. */
  public String ja() {
    String words = ja;
    if (words == null && jaWords != null) {
      words = jaWords.get();
      ja = words;
    }
    return words;
  }

  /** English. */
  public String en() {
    String words = en;
    if (words == null && enWords != null) {
      words = enWords.get();
      en = words;
    }
    return words;
  }

  /** The text in the given language ("ja" or anything else for English). */
  public String in(String language) {
    return "ja".equals(language) ? ja() : en();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Text t && (origin != null && origin.equals(t.origin)
        || Objects.equals(ja(), t.ja()) && Objects.equals(en(), t.en()));
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(ja()) + Objects.hashCode(en());
  }

  @Override
  public String toString() {
    return "Text[ja=" + ja() + ", en=" + en() + "]";
  }
}

package org.demarc.engine;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.demarc.model.result.Text;

/** The Japanese and English texts of titles, clauses, controls and verdict reasons. */
final class Texts {
  private static final String BUNDLE = "org.demarc.engine.i18n.texts";
  private final ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private final ResourceBundle ja = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE);
  private final Map<String, Text> extra;
  private final Map<String, Template[]> templates = new java.util.concurrent.ConcurrentHashMap<>();

  Texts() {
    this(Map.of());
  }

  /** The shipped texts plus others, e.g. the clause wording of an edition declared outside the shipped rules. */
  Texts(Map<String, Text> extra) {
    this.extra = Map.copyOf(extra);
  }

  /** Both languages of a key; fails when either is missing. */
  Text get(String key) {
    Text t = extra.get(key);
    return t != null ? t : new Text(ja.getString(key), en.getString(key));
  }

  /** A key's two templates, parsed on first use. */
  private Template[] templates(String key) {
    Template[] t = templates.get(key);
    if (t == null) {
      Text text = get(key);
      t = new Template[] {new Template(text.ja()), new Template(text.en())};
      templates.putIfAbsent(key, t);
    }
    return t;
  }

  boolean has(String key) {
    try {
      get(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /**
   * Both languages with {name} placeholders filled in order name1, value1, name2, value2, ...; a {@link Text} value
   * fills each language with its own.
   */
  Text format(String key, Object... namesAndValues) {
    Template[] t = templates(key);
    return new Text(t[0].fill(name -> value(name, true, namesAndValues)),
        t[1].fill(name -> value(name, false, namesAndValues)));
  }

  /** The value given for a placeholder, in the language asked, or null when none is given. */
  private static String value(String name, boolean japanese, Object... namesAndValues) {
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (name.equals(namesAndValues[i])) {
        Object value = namesAndValues[i + 1];
        return value instanceof Text v ? (japanese ? v.ja() : v.en()) : String.valueOf(value);
      }
    }
    return null;
  }
}

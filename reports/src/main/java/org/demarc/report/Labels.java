package org.demarc.report;

import java.util.Locale;
import java.util.ResourceBundle;
import org.demarc.model.result.Text;

/** The labels of a report in one language ("ja" or "en"). */
final class Labels {
  private static final String BUNDLE = "org.demarc.report.labels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private final String language;
  private final ResourceBundle bundle;

  Labels(String language) {
    this.language = "ja".equals(language) ? "ja" : "en";
    this.bundle = ResourceBundle.getBundle(BUNDLE, "ja".equals(this.language) ? Locale.JAPANESE : Locale.ROOT, NO_FALLBACK);
  }

  String language() {
    return language;
  }

  /** The label of a key with {name} placeholders filled from name, value pairs. */
  String get(String key, Object... namesAndValues) {
    String out = bundle.getString(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return out;
  }

  /** An enum value's label, e.g. "non-compliant"; the name itself when no label exists; empty for null. */
  String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
    return bundle.containsKey(key) ? bundle.getString(key) : value.name();
  }

  /** A text in this language; empty for null. */
  String of(Text text) {
    return text == null ? "" : text.in(language);
  }
}

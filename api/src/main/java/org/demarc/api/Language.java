package org.demarc.api;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The response language chosen by Accept-Language: Japanese for ja, English otherwise. */
final class Language {
  private Language() {}

  static String current() {
    Locale locale = LocaleContextHolder.getLocale();
    return locale != null && "ja".equals(locale.getLanguage()) ? "ja" : "en";
  }

  static String pick(String ja, String en) {
    return "ja".equals(current()) ? ja : en;
  }
}

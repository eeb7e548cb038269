package org.demarc.app;

import java.util.Locale;
import java.util.ResourceBundle;
import org.demarc.model.result.Text;

/** The user-facing messages of the API and the CLI, in Japanese and English, from one bundle. */
public final class Messages {
  private static final ResourceBundle EN = ResourceBundle.getBundle("org.demarc.app.messages", Locale.ROOT);
  private static final ResourceBundle JA = ResourceBundle.getBundle("org.demarc.app.messages", Locale.JAPANESE);

  private Messages() {}

  /** The message under {@code key} with its {name} placeholders filled from name/value pairs. */
  public static Text text(String key, Object... namesAndValues) {
    return new Text(fill(JA.getString(key), namesAndValues), fill(EN.getString(key), namesAndValues));
  }

  /** The message of a problem code. */
  public static Text of(ErrorCode code, Object... namesAndValues) {
    return text("problem." + code.code(), namesAndValues);
  }

  private static String fill(String template, Object... namesAndValues) {
    String out = template;
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return out;
  }
}

package org.demarc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, filtered in at build time; the rule set is versioned with it. */
final class Versions {
  static final String PROJECT = load();

  private Versions() {}

  private static String load() {
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

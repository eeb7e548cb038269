package org.demarc.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demarc.model.result.Text;

/**
 * The short doc of each rule unit ({@code org/demarc/rules/units/<unit>/README.md}): its front matter gives the rule
 * id and its title in Japanese and English, which every citation of the rule carries.
 */
final class UnitDocs {
  static final String UNITS_ROOT = KieDemarcEngine.RULES_ROOT + "/units";

  private UnitDocs() {}

  /** The titles of every unit on the class path, as texts keyed {@code title.<rule id>}. */
  static Map<String, Text> titles(ClassLoader loader) {
    Map<String, Text> titles = new HashMap<>();
    try {
      for (Map.Entry<String, byte[]> doc : RuleBase.read(loader, UNITS_ROOT, "/README.md").entrySet()) {
        Map<String, String> front = frontMatter(new String(doc.getValue(), StandardCharsets.UTF_8));
        String id = front.get("id");
        if (id == null || front.get("title_ja") == null || front.get("title_en") == null) {
          throw new RuleBaseException(doc.getKey() + ": the front matter needs id, title_ja and title_en");
        }
        titles.put("title." + id, new Text(front.get("title_ja"), front.get("title_en")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return titles;
  }

  /** The {@code key: value} lines between the opening and closing {@code ---} of a document. */
  static Map<String, String> frontMatter(String doc) {
    Map<String, String> out = new HashMap<>();
    List<String> lines = doc.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals("---")) {
      return out;
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.equals("---")) {
        break;
      }
      int colon = line.indexOf(": ");
      if (colon > 0) {
        out.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
      }
    }
    return out;
  }
}

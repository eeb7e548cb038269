package org.demarc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each rule unit is found from its id in one step and documents what it holds: the folder is named after the id,
 * every variant carries that id, and the doc lists every variant (tools/unit-docs.py rewrites the docs).
 */
class UnitDocsTest {
  private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"\\s*\\n\\s*@id\\(\"([^\"]+)\"\\)");

  @Test
  void everyUnitIsNamedAfterItsIdAndDocumentsEveryVariant() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path dir : UnitCaseTest.unitDirs()) {
      String unit = dir.getFileName().toString();
      String doc = Files.readString(dir.resolve("README.md"));
      String id = UnitDocs.frontMatter(doc).get("id");
      if (id == null || !unit.equals(id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""))) {
        problems.add(unit + ": the folder is not named after the doc's id " + id);
      }
      String drl = Files.readString(dir.resolve(unit + ".drl"));
      Matcher m = RULE.matcher(drl);
      int variants = 0;
      while (m.find()) {
        variants++;
        if (!m.group(2).equals(id)) {
          problems.add(unit + ": variant `" + m.group(1) + "` has id " + m.group(2) + ", not " + id);
        }
        if (!doc.contains("| " + m.group(1) + " |")) {
          problems.add(unit + ": the doc does not list variant `" + m.group(1) + "` (run tools/unit-docs.py)");
        }
      }
      if (variants == 0) {
        problems.add(unit + ": no rule in " + unit + ".drl");
      }
      if (!Files.exists(dir.resolve("cases.yaml"))) {
        problems.add(unit + ": no cases.yaml");
      }
    }
    assertThat(problems).isEmpty();
  }
}

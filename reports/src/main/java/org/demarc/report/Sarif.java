package org.demarc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.demarc.model.result.Citation;

/**
 * Open items as a SARIF 2.1.0 log, so findings show up in code-review tools: one result per open item, on the line
 * of the input its JSON pointer names, with the rule's citation. Levels: MUST → error, SHOULD → warning, human
 * review → note. Returned as plain maps and lists, ready for any JSON writer.
 */
public final class Sarif {
  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private Sarif() {}

  /**
   * @param items what is open
   * @param artifactUri the input file as a URI reference relative to the repository (e.g. "flows/regional.yaml")
   * @param lineOf the 1-based line of a JSON pointer in that file (1 when it cannot be told)
   * @param language "ja" or "en"
   * @param toolVersion the engine's version
   * @param runProperties what the run evaluated (edition, verdict, provenance, ...)
   */
  public static Map<String, Object> log(List<OpenItem> items, String artifactUri, ToIntFunction<String> lineOf,
      String language, String toolVersion, Map<String, Object> runProperties) {
    Labels labels = new Labels(language);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Object> rules = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (OpenItem item : items) {
      String ruleId = item.ruleId() == null ? "demarc" : item.ruleId();
      Integer index = ruleIndex.get(ruleId);
      if (index == null) {
        index = rules.size();
        ruleIndex.put(ruleId, index);
        rules.add(rule(ruleId, item, labels));
      }
      String pointer = item.pointers().isEmpty() ? "" : item.pointers().get(0);
      Map<String, Object> region = map("startLine", Math.max(1, lineOf.applyAsInt(pointer)));
      Map<String, Object> location = map("physicalLocation",
          map("artifactLocation", map("uri", artifactUri, "index", 0), "region", region));
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("demarcLevel", item.level().name());
      putIfPresent(properties, "party", item.party());
      putIfPresent(properties, "segment", item.segment());
      putIfPresent(properties, "threat", item.threat() == null ? null : item.threat().name());
      properties.put("pointers", item.pointers());
      if (item.citation() != null) {
        properties.put("edition", item.citation().edition().name());
        properties.put("basis", item.citation().basis().name());
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", ruleId);
      result.put("ruleIndex", index);
      result.put("level", level(item.level()));
      result.put("message", map("text", labels.of(item.message()) + citationSuffix(item.citation(), labels)));
      result.put("locations", List.of(location));
      result.put("partialFingerprints", map("demarcItemId/v1", item.id()));
      result.put("properties", properties);
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "Demarc");
    driver.put("fullName", "Demarc: MHLW medical information system security guideline, responsibility demarcation");
    driver.put("version", toolVersion);
    driver.put("language", language);
    driver.put("rules", rules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", map("driver", driver));
    run.put("artifacts", List.of(map("location", map("uri", artifactUri))));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    run.put("properties", runProperties);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", VERSION);
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> rule(String ruleId, OpenItem item, Labels labels) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", ruleId);
    Citation c = item.citation();
    if (c != null) {
      rule.put("shortDescription", map("text", labels.of(c.title())));
      rule.put("fullDescription", map("text", labels.of(c.clause()) + " — " + labels.of(c.title())));
      rule.put("help", map("text", labels.of(c.clause()) + " — " + labels.of(c.title()) + " ("
          + labels.get("basis." + c.basis().name()) + "; seed " + c.seedLines() + ")"));
      rule.put("properties", map("strength", c.strength().name(), "basis", c.basis().name(), "edition",
          c.edition().name(), "seedLines", c.seedLines() == null ? "" : c.seedLines(),
          "tags", List.of("guideline", c.strength().name().toLowerCase(Locale.ROOT))));
    }
    rule.put("defaultConfiguration", map("level", level(item.level())));
    return rule;
  }

  private static String citationSuffix(Citation c, Labels labels) {
    if (c == null) {
      return "";
    }
    String basis = switch (c.basis()) {
      case SEED -> "";
      case INTERPRETATION, RECALLED_UNVERIFIED -> "; " + labels.get("basis." + c.basis().name());
    };
    return " [" + labels.of(c.clause()) + basis + "]";
  }

  private static String level(OpenItem.Level level) {
    return switch (level) {
      case MUST -> "error";
      case SHOULD -> "warning";
      case REVIEW -> "note";
    };
  }

  private static void putIfPresent(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}

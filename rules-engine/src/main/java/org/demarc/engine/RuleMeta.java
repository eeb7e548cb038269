package org.demarc.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.demarc.model.Edition;
import org.demarc.model.result.Basis;
import org.demarc.model.result.MissingEffect;
import org.demarc.model.result.Strength;

/**
 * The metadata every rule carries between its name and {@code when}, read through the rule's metadata map.
 *
 * @param name the DRL rule name
 * @param id the rule id (catalogue id), shared by a rule's variants
 * @param section the catalogue section, e.g. 6.11-B1
 * @param since the first edition it belongs to
 * @param until the last edition it belongs to, or null when it still applies
 * @param strength must / should / prohibit / info
 * @param basis seed, interpretation or recalled-unverified
 * @param seedLines the seed lines, e.g. C:L462-470
 * @param onMissing what a missing MUST control does to the verdict
 * @param messageJa the finding's message template in Japanese
 * @param messageEn the finding's message template in English
 * @param classification whether this rule only derives facts (no finding)
 */
record RuleMeta(
    String name,
    String id,
    String section,
    String since,
    String until,
    Strength strength,
    Basis basis,
    String seedLines,
    MissingEffect onMissing,
    String messageJa,
    String messageEn,
    boolean classification) {

  /** Reads and checks the metadata of one rule; every problem is listed. */
  static RuleMeta read(String name, Map<String, Object> meta, List<String> problems) {
    List<String> local = new ArrayList<>();
    String id = text(meta, "id", name, local);
    String section = text(meta, "section", name, local);
    String since = text(meta, "since", name, local);
    String until = value(meta, "until");
    String strengthText = text(meta, "strength", name, local);
    String basisText = text(meta, "basis", name, local);
    boolean classification = "true".equals(value(meta, "classification"));
    String ja = classification ? null : text(meta, "ja", name, local);
    String en = classification ? null : text(meta, "en", name, local);
    String seed = classification ? null : text(meta, "seed", name, local);
    Strength strength = null;
    Basis basis = null;
    MissingEffect onMissing = MissingEffect.NON_COMPLIANT;
    try {
      strength = strengthText == null ? null : Strength.valueOf(strengthText);
      basis = basisText == null ? null : Basis.valueOf(basisText);
      if (value(meta, "onMissing") != null) {
        onMissing = MissingEffect.valueOf(value(meta, "onMissing"));
      }
    } catch (IllegalArgumentException e) {
      local.add("rule `" + name + "`: bad metadata value: " + e.getMessage());
    }
    problems.addAll(local);
    if (!local.isEmpty()) {
      return null;
    }
    return new RuleMeta(name, id, section, since, until, strength, basis, seed, onMissing, ja, en, classification);
  }

  private static String text(Map<String, Object> meta, String key, String name, List<String> problems) {
    String v = value(meta, key);
    if (v == null || v.isBlank()) {
      problems.add("rule `" + name + "` lacks @" + key);
      return null;
    }
    return v;
  }

  /**
   * A metadata value as text. Rules compiled by the kie-maven-plugin give values unquoted, rules compiled at
   * run time keep the DRL quotes and escapes; both read the same here.
   */
  private static String value(Map<String, Object> meta, String key) {
    Object v = meta.get(key);
    if (v == null) {
      return null;
    }
    String s = String.valueOf(v);
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
    }
    return s;
  }

  /**
   * Whether the rule belongs to an edition: from its {@code @since} edition on, up to its {@code @until} edition if
   * it has one, in the order the editions are declared.
   */
  boolean appliesTo(String edition, List<String> order) {
    int at = order.indexOf(edition);
    int from = order.indexOf(since);
    int to = until == null ? order.size() - 1 : order.indexOf(until);
    return at >= 0 && from >= 0 && to >= 0 && from <= at && at <= to;
  }

  /** The public editions the rule belongs to. */
  List<Edition> editions() {
    List<String> order = Editions.ORDER;
    return Arrays.stream(Edition.values()).filter(e -> appliesTo(e.name(), order)).toList();
  }

  @Override
  public String toString() {
    return name + " " + id + " " + section + " " + since + ".." + (until == null ? "" : until);
  }
}

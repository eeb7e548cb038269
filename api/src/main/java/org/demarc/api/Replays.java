package org.demarc.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The difference between a recorded answer and the answer the current rule set gives for the same input, in the shape
 * of an edition comparison: verdicts, findings added, removed and changed (matched by their stable ids; changed in
 * kind, strength, party, text or review), and each party's responsibilities added or removed. Both answers are compared
 * as they were written (the recorded one in its language, the replay in the same language), so a difference is a
 * difference of rules, not of rendering.
 */
final class Replays {
  private Replays() {}

  /**
   * What changed for one finding.
   *
   * @param id the finding's id
   * @param before as recorded
   * @param after as replayed
   * @param changes which of kind, strength, party, text, review differ
   */
  record Change(String id, JsonNode before, JsonNode after, List<String> changes) {}

  /**
   * The difference, shaped as an edition comparison.
   *
   * @param flowId the flow
   * @param from the recorded edition
   * @param to the edition replayed under (the same)
   * @param fromVerdict the recorded verdict
   * @param toVerdict the verdict now
   * @param verdictChanged whether it differs
   * @param added findings only the replay makes
   * @param removed findings only the recorded answer made
   * @param changed findings both make that differ
   * @param responsibilitiesAdded each party's responsibilities only the replay assigns
   * @param responsibilitiesRemoved each party's responsibilities only the recorded answer assigned
   */
  record Diff(String flowId, String from, String to, String fromVerdict, String toVerdict, boolean verdictChanged,
      List<JsonNode> added, List<JsonNode> removed, List<Change> changed, List<JsonNode> responsibilitiesAdded,
      List<JsonNode> responsibilitiesRemoved) {
    boolean same() {
      return !verdictChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty()
          && responsibilitiesAdded.isEmpty() && responsibilitiesRemoved.isEmpty();
    }
  }

  /**
   * Compares two evaluation results ({@code result} of an evaluation answer); texts only when {@code compareText}
   * (a masked input's texts quote its pseudonyms, not the names the recorded answer quoted).
   */
  static Diff diff(JsonNode recorded, JsonNode now, boolean compareText) {
    Map<String, JsonNode> before = byId(recorded.path("findings"));
    Map<String, JsonNode> after = byId(now.path("findings"));
    List<JsonNode> added = new ArrayList<>();
    List<JsonNode> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    after.forEach((id, f) -> {
      if (!before.containsKey(id)) {
        added.add(f);
      }
    });
    before.forEach((id, f) -> {
      JsonNode g = after.get(id);
      if (g == null) {
        removed.add(f);
        return;
      }
      List<String> changes = new ArrayList<>();
      compare(changes, "kind", f.path("kind"), g.path("kind"));
      compare(changes, "strength", strength(recorded, f), strength(now, g));
      compare(changes, "party", f.path("party"), g.path("party"));
      if (compareText) {
        compare(changes, "text", f.path("message"), g.path("message"));
      }
      compare(changes, "review", f.path("needsHumanReview"), g.path("needsHumanReview"));
      if (!changes.isEmpty()) {
        changed.add(new Change(id, f, g, List.copyOf(changes)));
      }
    });
    Map<String, JsonNode> ra = shares(recorded.path("responsibilities"), compareText);
    Map<String, JsonNode> rb = shares(now.path("responsibilities"), compareText);
    String fromVerdict = recorded.path("verdict").asString();
    String toVerdict = now.path("verdict").asString();
    return new Diff(now.path("flowId").asString(null), recorded.path("edition").asString(),
        now.path("edition").asString(), fromVerdict, toVerdict, !Objects.equals(fromVerdict, toVerdict),
        added, removed, changed, missingFrom(rb, ra), missingFrom(ra, rb));
  }

  private static void compare(List<String> changes, String name, JsonNode a, JsonNode b) {
    if (!a.equals(b)) {
      changes.add(name);
    }
  }

  private static JsonNode strength(JsonNode result, JsonNode finding) {
    return result.path("rules").path(finding.path("ruleId").asString()).path("strength");
  }

  private static Map<String, JsonNode> byId(JsonNode findings) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode f : findings) {
      out.put(f.path("id").asString(), f);
    }
    return out;
  }

  /** Each party's share of each responsibility group, keyed by who holds which type where. */
  private static Map<String, JsonNode> shares(JsonNode groups, boolean compareText) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode r : groups) {
      for (JsonNode p : r.path("parties")) {
        String key = p.asString() + "|" + r.path("type") + "|" + r.path("segments") + "|" + r.path("threats")
            + (compareText ? "|" + r.path("scope") : "");
        if (!out.containsKey(key)) {
          tools.jackson.databind.node.ObjectNode share = ((tools.jackson.databind.node.ObjectNode) r).deepCopy();
          share.putArray("parties").add(p.asString());
          out.put(key, share);
        }
      }
    }
    return out;
  }

  private static List<JsonNode> missingFrom(Map<String, JsonNode> these, Map<String, JsonNode> other) {
    List<JsonNode> out = new ArrayList<>();
    these.forEach((k, v) -> {
      if (!other.containsKey(k)) {
        out.add(v);
      }
    });
    return out;
  }
}

package org.demarc.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.demarc.model.result.Finding;
import org.demarc.model.result.Responsibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The difference between a recorded answer and the answer the current rule set gives for the same input, in the shape
 * of an edition comparison: verdicts, findings added, removed and changed (matched by their stable ids; changed in
 * kind, strength, party, text or review), and the responsibilities added or removed, cell by cell. Both answers are compared
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
  record Change(String id, @Schema(implementation = Finding.class) JsonNode before,
      @Schema(implementation = Finding.class) JsonNode after, List<String> changes) {}

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
      @ArraySchema(schema = @Schema(implementation = Finding.class)) List<JsonNode> added,
      @ArraySchema(schema = @Schema(implementation = Finding.class)) List<JsonNode> removed,
      List<Change> changed,
      @ArraySchema(schema = @Schema(implementation = Responsibility.class)) List<JsonNode> responsibilitiesAdded,
      @ArraySchema(schema = @Schema(implementation = Responsibility.class)) List<JsonNode> responsibilitiesRemoved) {
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
    String fromVerdict = recorded.path("verdict").asString();
    String toVerdict = now.path("verdict").asString();
    return new Diff(now.path("flowId").asString(null), recorded.path("edition").asString(),
        now.path("edition").asString(), fromVerdict, toVerdict, !Objects.equals(fromVerdict, toVerdict),
        added, removed, changed, onlyIn(now.path("responsibilities"), recorded.path("responsibilities"), compareText),
        onlyIn(recorded.path("responsibilities"), now.path("responsibilities"), compareText));
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

  /**
   * The responsibilities one answer assigns and the other does not, cell by cell (a party, a type, a subject and a
   * threat, and the scope's text when texts are compared), grouped again as an edition comparison groups them
   * (Comparisons.onlyIn in the engine, here on the answers as written): a rule that adds a threat or a segment to a
   * group moves those cells, not the whole group. One party's cells at a time.
   */
  private static List<JsonNode> onlyIn(JsonNode these, JsonNode others, boolean compareText) {
    Map<String, List<JsonNode>> mine = perParty(these);
    Map<String, List<JsonNode>> theirs = perParty(others);
    Map<List<Object>, ObjectNode> out = new LinkedHashMap<>();
    mine.forEach((partyAndType, groups) -> {
      String party = partyAndType.substring(0, partyAndType.lastIndexOf('|'));
      Map<String, Map<String, JsonNode>> cells = cells(groups, compareText);
      Map<String, Map<String, JsonNode>> other = cells(theirs.getOrDefault(partyAndType, List.of()), compareText);
      // the subjects whose cells the other side lacks, grouped by the threats lacking and the group they come from
      Map<List<Object>, List<String>> subjects = new LinkedHashMap<>();
      cells.forEach((subject, byThreat) -> {
        Map<String, JsonNode> them = other.getOrDefault(subject, Map.of());
        Map<JsonNode, List<String>> lacking = new java.util.IdentityHashMap<>();
        byThreat.forEach((cell, from) -> {
          if (!them.containsKey(cell)) {
            lacking.computeIfAbsent(from, k -> new ArrayList<>()).add(cell.substring(0, cell.indexOf('|')));
          }
        });
        lacking.forEach((from, threats) -> {
          List<String> named = threats.stream().filter(t -> !t.isEmpty()).toList();
          if (threats.contains("")) {
            subjects.computeIfAbsent(java.util.Arrays.asList(from, List.of(), subject.isEmpty()),
                k -> new ArrayList<>()).add(subject);
          }
          if (!named.isEmpty()) {
            subjects.computeIfAbsent(java.util.Arrays.asList(from, named, subject.isEmpty()),
                k -> new ArrayList<>()).add(subject);
          }
        });
      });
      subjects.forEach((g, subs) -> {
        ObjectNode from = (ObjectNode) g.get(0);
        @SuppressWarnings("unchecked")
        List<String> threats = (List<String>) g.get(1);
        List<String> segments = subs.stream().filter(x -> !x.isEmpty()).toList();
        List<Object> key = java.util.Arrays.asList(from.path("type").asString(), segments, threats,
            from.path("scope"), from.path("ruleId").asString());
        ObjectNode share = out.computeIfAbsent(key, k -> {
          ObjectNode n = from.deepCopy();
          n.putArray("parties");
          ArrayNode segs = n.putArray("segments");
          segments.forEach(segs::add);
          ArrayNode ts = n.putArray("threats");
          threats.forEach(ts::add);
          return n;
        });
        ((ArrayNode) share.get("parties")).add(party);
      });
    });
    List<JsonNode> shares = new ArrayList<>(out.size());
    for (ObjectNode n : out.values()) {
      List<String> parties = new ArrayList<>();
      n.get("parties").forEach(p -> parties.add(p.asString()));
      ArrayNode sorted = n.putArray("parties");
      parties.stream().sorted().forEach(sorted::add);
      shares.add(n);
    }
    return List.copyOf(shares);
  }

  /** The groups each party holds, by party and type. */
  private static Map<String, List<JsonNode>> perParty(JsonNode groups) {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    for (JsonNode r : groups) {
      for (JsonNode p : r.path("parties")) {
        out.computeIfAbsent(p.asString() + "|" + r.path("type").asString(), k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /**
   * One party's cells of one type, by subject ("" for the whole flow), then by threat ("" for all) and, when texts are
   * compared, the scope's text: each with the group that assigns it first.
   */
  private static Map<String, Map<String, JsonNode>> cells(List<JsonNode> groups, boolean compareText) {
    Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
    for (JsonNode r : groups) {
      List<String> subjects = new ArrayList<>();
      r.path("segments").forEach(s -> subjects.add(s.asString()));
      if (subjects.isEmpty()) {
        subjects.add("");
      }
      List<String> threats = new ArrayList<>();
      r.path("threats").forEach(t -> threats.add(t.asString()));
      if (threats.isEmpty()) {
        threats.add("");
      }
      String text = compareText ? r.path("scope").toString() : "";
      for (String subject : subjects) {
        Map<String, JsonNode> byThreat = out.computeIfAbsent(subject, k -> new LinkedHashMap<>());
        for (String t : threats) {
          byThreat.putIfAbsent(t + "|" + text, r);
        }
      }
    }
    return out;
  }
}

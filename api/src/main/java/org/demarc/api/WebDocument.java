package org.demarc.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarc.codec.Codec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The flow editor's document: a flow as a JSON tree, which the form edits field by field (each form control is named
 * by the JSON pointer it sets) and the text view shows as YAML or JSON. Both views are rendered from this one tree, so
 * they are always in step; fields the form does not show are kept as they are.
 */
final class WebDocument {
  /** Fields the form sets as booleans (a tri-state select: unknown, yes, no). */
  private static final Set<String> BOOLEANS = Set.of("personal", "medical", "identifiedInAdvance",
      "clientAuthenticated", "senderVerifiesRecipient", "recipientVerifiesSender");
  /** Fields the form sets as lists of values (checkboxes). */
  private static final Set<String> LISTS = Set.of("roles");
  /** The lists whose rows the form adds, removes and moves. */
  static final Set<String> ROWS = Set.of("/parties", "/recipients", "/segments", "/inPlace");

  private static final JsonMapper JSON = Codec.strict(JsonMapper.builder()).build();
  private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final YAMLMapper YAML_IN = Codec.strictYaml();
  private static final YAMLMapper YAML_OUT = YAMLMapper.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES).build();

  private WebDocument() {}

  /** Text that could not be read: the reader's message and where. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiProblem problem;

    Unreadable(ApiProblem problem) {
      super(problem.getMessage());
      this.problem = problem;
    }

    ApiProblem problem() {
      return problem;
    }
  }

  /** Reads a flow's text, JSON when it starts with a brace, else YAML, as strictly as the API reads a body. */
  static ObjectNode parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    var mapper = t.startsWith("{") ? JSON : YAML_IN;
    try {
      Codec.scan(mapper, t.getBytes(StandardCharsets.UTF_8));
      JsonNode node = mapper.readTree(t);
      if (node instanceof ObjectNode o) {
        return o;
      }
      throw new Unreadable(new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid_value",
          Language.pick("フローはオブジェクトで書いてください。", "A flow is written as an object."), List.of()));
    } catch (JacksonException e) {
      throw new Unreadable(BodyErrors.translate(e, ""));
    }
  }

  /** The tree as text in the given format ("yaml" or "json"). */
  static String text(ObjectNode tree, String format) {
    ObjectNode ordered = ordered(tree, org.demarc.model.DataFlow.class);
    return "json".equals(format) ? PRETTY.writeValueAsString(ordered) + "\n" : YAML_OUT.writeValueAsString(ordered);
  }

  /** Where the form's nested objects and rows live, and the record that gives their fields' order. */
  private static final Map<String, Class<?>> NESTED = Map.of(
      "parties", org.demarc.model.Party.class, "recipients", org.demarc.model.Recipient.class,
      "segments", org.demarc.model.Segment.class, "channel", org.demarc.model.ChannelSecurity.class,
      "objectSecurity", org.demarc.model.ObjectSecurity.class,
      "endAuthentication", org.demarc.model.EndAuthentication.class, "inPlace", org.demarc.model.InPlace.class,
      "data", org.demarc.model.DataDescription.class, "consent", org.demarc.model.Consent.class);

  /** A copy with fields in the order the model declares them (id first), so the text reads the same every time. */
  private static ObjectNode ordered(ObjectNode node, Class<?> type) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    List<String> names = new ArrayList<>();
    for (var c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    node.propertyNames().forEach(n -> {
      if (!names.contains(n)) {
        names.add(n);
      }
    });
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null) {
        continue;
      }
      Class<?> nested = NESTED.get(name);
      if (nested != null && v instanceof ObjectNode o) {
        out.set(name, ordered(o, nested));
      } else if (nested != null && v instanceof ArrayNode a) {
        ArrayNode rows = out.putArray(name);
        for (JsonNode item : a) {
          rows.add(item instanceof ObjectNode o ? ordered(o, nested) : item);
        }
      } else {
        out.set(name, v);
      }
    }
    return out;
  }

  /** Sets every form field (parameters named by a JSON pointer) into the tree, in the form's order. */
  static void apply(ObjectNode tree, Map<String, List<String>> params) {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      String pointer = p.getKey();
      if (!pointer.startsWith("/") || pointer.length() > 200) {
        continue;
      }
      String[] parts = pointer.substring(1).split("/");
      String last = parts[parts.length - 1];
      if (LISTS.contains(last)) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        p.getValue().stream().filter(v -> v != null && !v.isBlank()).distinct().forEach(values::add);
        set(tree, parts, values);
      } else {
        String v = p.getValue().isEmpty() ? "" : p.getValue().get(p.getValue().size() - 1);
        v = v == null ? "" : v.strip();
        JsonNode value = v.isEmpty() ? null
            : BOOLEANS.contains(last) && ("true".equals(v) || "false".equals(v))
                ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(v))
                : JsonNodeFactory.instance.stringNode(v);
        set(tree, parts, value);
      }
    }
    prune(tree);
  }

  /** A row action: {@code add:/segments}, {@code remove:/segments/2}, {@code up:/segments/2}, {@code down:…}. */
  static void act(ObjectNode tree, String action) {
    if (action == null || !action.contains(":")) {
      return;
    }
    String verb = action.substring(0, action.indexOf(':'));
    String target = action.substring(action.indexOf(':') + 1);
    if ("add".equals(verb) && ROWS.contains(target)) {
      JsonNode list = tree.get(target.substring(1));
      ArrayNode rows = list instanceof ArrayNode a ? a : tree.putArray(target.substring(1));
      rows.addObject();
      return;
    }
    int slash = target.lastIndexOf('/');
    if (slash <= 0 || !ROWS.contains(target.substring(0, slash))) {
      return;
    }
    int index;
    try {
      index = Integer.parseInt(target.substring(slash + 1));
    } catch (NumberFormatException e) {
      return;
    }
    if (!(tree.get(target.substring(1, slash)) instanceof ArrayNode rows) || index < 0 || index >= rows.size()) {
      return;
    }
    switch (verb) {
      case "remove" -> rows.remove(index);
      case "up" -> swap(rows, index, index - 1);
      case "down" -> swap(rows, index, index + 1);
      default -> { }
    }
  }

  private static void swap(ArrayNode rows, int a, int b) {
    if (b < 0 || b >= rows.size()) {
      return;
    }
    JsonNode x = rows.get(a);
    rows.set(a, rows.get(b));
    rows.set(b, x);
  }

  private static void set(ObjectNode tree, String[] parts, JsonNode value) {
    JsonNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      JsonNode next;
      if (node instanceof ArrayNode a) {
        int index = index(part);
        if (index < 0 || index > a.size()) {
          return;
        }
        next = index == a.size() ? a.addObject() : a.get(index);
      } else if (node instanceof ObjectNode o) {
        next = o.get(part);
        if (next == null || next.isNull()) {
          if (value == null) {
            return; // nothing to clear
          }
          next = index(parts[i + 1]) >= 0 ? o.putArray(part) : o.putObject(part);
        }
      } else {
        return;
      }
      node = next;
    }
    String last = parts[parts.length - 1];
    if (node instanceof ObjectNode o) {
      if (value == null) {
        o.remove(last);
      } else {
        o.set(last, value);
      }
    }
  }

  private static int index(String part) {
    if (part.isEmpty() || part.length() > 6 || !part.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(part);
  }

  /** Removes objects left empty (not rows: an empty row stays until the user removes it). */
  private static void prune(ObjectNode object) {
    List<String> empty = new ArrayList<>();
    for (var e : object.properties()) {
      JsonNode v = e.getValue();
      if (v instanceof ObjectNode o) {
        prune(o);
        if (o.isEmpty()) {
          empty.add(e.getKey());
        }
      } else if (v instanceof ArrayNode a) {
        for (JsonNode item : a) {
          if (item instanceof ObjectNode o) {
            prune(o);
          }
        }
      }
    }
    empty.forEach(object::remove);
  }

  /** The value at a pointer as the form shows it: text, true/false, or empty when absent. */
  static String value(JsonNode tree, String pointer) {
    JsonNode n = tree.at(pointer);
    if (n == null || n.isMissingNode() || n.isNull()) {
      return "";
    }
    return n.isValueNode() ? n.asString() : n.toString();
  }

  /** The number of rows of a list. */
  static int count(JsonNode tree, String pointer) {
    JsonNode n = tree.at(pointer);
    return n != null && n.isArray() ? n.size() : 0;
  }

  /** Whether a list at a pointer holds a value. */
  static boolean holds(JsonNode tree, String pointer, String value) {
    JsonNode n = tree.at(pointer);
    if (n != null && n.isArray()) {
      for (JsonNode v : n) {
        if (v.isValueNode() && value.equals(v.asString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every value by pointer (leaves only): what a conflict shows changed between two versions. */
  static Map<String, String> leaves(JsonNode tree) {
    Map<String, String> out = new LinkedHashMap<>();
    leaves(tree, "", out);
    return out;
  }

  private static void leaves(JsonNode n, String at, Map<String, String> out) {
    if (n.isObject()) {
      for (var e : n.properties()) {
        leaves(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        leaves(n.get(i), at + "/" + i, out);
      }
    } else {
      out.put(at, n.asString());
    }
  }

  /** An HTML id for the control of a pointer: f-segments-0-network. */
  static String id(String pointer) {
    return "f" + pointer.replaceAll("[^A-Za-z0-9]", "-");
  }
}

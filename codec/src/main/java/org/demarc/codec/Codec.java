package org.demarc.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.demarc.model.result.Text;
import org.demarc.model.result.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How Demarc reads and writes its vocabulary, shared by the API and the CLI so both treat input the same way: strict
 * reading (an unknown field is an error), every unreadable input turned into a violation with a stable code and a
 * JSON pointer, and ja/en texts written in one chosen language.
 */
public final class Codec {
  private Codec() {}

  /** A YAML reader as strict as the JSON one. YAML is a superset of JSON, so it reads both. */
  public static YAMLMapper strictYaml() {
    YAMLMapper.Builder builder = YAMLMapper.builder();
    strict(builder);
    return builder.build();
  }

  /**
   * The strictness every reader of Demarc's vocabulary applies, the API's JSON and YAML and the CLI alike: an unknown
   * field, a key given twice, a null for a primitive, a number or boolean where text is expected, a number where a
   * value of a list is expected (Jackson would read {@code 4} as the enum's fifth value), and text or a number where
   * {@code true} or {@code false} is expected ({@code "true"}, {@code 1}) are errors.
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
    builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    return builder;
  }

  /**
   * How every answer is written, by the API and the CLI alike: a field with no value is left out rather than written
   * as null (the OpenAPI document lists such fields as optional).
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B answers(B builder) {
    builder.changeDefaultPropertyInclusion(
        incl -> incl.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
    return builder;
  }

  /**
   * A YAML alias ({@code *name}) or merge key found in input. Jackson reads an alias as the anchor's name, so
   * {@code description: *a} would silently become the text "a"; Demarc refuses aliases instead ({@code yaml_alias}).
   */
  public static final class YamlAliasException extends StreamReadException {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    YamlAliasException(JsonParser p, String alias, String pointer) {
      super(p, "YAML alias *" + alias + " at " + pointer);
      this.pointer = pointer;
    }

    /** Where the alias stands. */
    public String pointer() {
      return pointer;
    }
  }

  /**
   * One pass over the input's tokens before it is read into the vocabulary, linear in its size, so the same bad input
   * gets the same code whatever it is read into: a syntax error anywhere is {@code malformed_body} (not a wrong type
   * met earlier), a YAML alias or merge key is {@code yaml_alias}.
   *
   * @throws YamlAliasException naming where the first alias stands
   * @throws StreamReadException at the first syntax error
   */
  public static void scan(ObjectMapper mapper, byte[] input) {
    try (JsonParser p = mapper.createParser(input)) {
      while (p.nextToken() != null) {
        if (p instanceof tools.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
          throw new YamlAliasException(p, p.getString(), p.streamReadContext().pathAsPointer().toString());
        }
      }
    }
  }

  /** The per-call attribute holding the language a document is being written in, once asked. */
  private static final Object LANGUAGE = new Object();

  /**
   * A module writing every {@link Text} as one string in the language the supplier names ("ja" or "en"). The supplier
   * is asked once per document written (the answer to a request holds hundreds of texts, and the service's supplier
   * looks the request's locale up through thread-locals and request attributes): the language is kept as an attribute
   * of that one call.
   */
  public static JacksonModule textIn(Supplier<String> language) {
    SimpleModule module = new SimpleModule("demarc-text");
    module.addSerializer(Text.class, new ValueSerializer<Text>() {
      @Override
      public void serialize(Text value, JsonGenerator gen, SerializationContext ctxt) {
        Object known = ctxt.getAttribute(LANGUAGE);
        String in;
        if (known instanceof String l) {
          in = l;
        } else {
          in = language.get();
          ctxt.setAttribute(LANGUAGE, in);
        }
        gen.writeString(value.in(in));
      }
    });
    // reading back what was written in one language: the same string in both
    module.addDeserializer(Text.class, new tools.jackson.databind.ValueDeserializer<Text>() {
      @Override
      public Text deserialize(JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
        String s = p.getValueAsString();
        return new Text(s, s);
      }
    });
    return module;
  }

  /**
   * What is wrong with input that cannot be read, as a violation: {@code unknown_field}, {@code unknown_enum_value},
   * {@code malformed_body}, {@code invalid_value} or {@code invalid_body}, with a pointer to the field.
   *
   * @param prefix pointer of the value that was being read (e.g. "/flows/2" inside a batch; "" for the whole body)
   */
  public static Violation violation(JacksonException e, String prefix) {
    String pointer = pointer(prefix, e.getPath());
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String meant = org.demarc.model.Names.closest(u.getPropertyName(), known);
      String fields = known.stream().map(k -> "`" + k + "`").collect(java.util.stream.Collectors.joining(", "));
      return new Violation(pointer, "unknown_field", meant != null
          ? new Text("不明なフィールド `" + u.getPropertyName() + "` です。`" + meant + "` のことですか？",
              "unknown field `" + u.getPropertyName() + "`: did you mean `" + meant + "`?")
          : known.isEmpty() ? new Text("不明なフィールド `" + u.getPropertyName() + "` です",
              "unknown field `" + u.getPropertyName() + "`")
          : new Text("不明なフィールド `" + u.getPropertyName() + "` です（ここで使えるフィールド: " + fields + "）",
              "unknown field `" + u.getPropertyName() + "` (the fields here: " + fields + ")"));
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      String allowed = Arrays.toString(f.getTargetType().getEnumConstants());
      String meant = org.demarc.model.Names.closest(String.valueOf(f.getValue()),
          Arrays.stream(f.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
      return new Violation(pointer, "unknown_enum_value", new Text("`" + f.getValue() + "` は使えない値です。使える値: "
          + allowed + (meant == null ? "" : "。`" + meant + "` のことですか？"),
          "unknown value `" + f.getValue() + "`, expected one of " + allowed
              + (meant == null ? "" : ": did you mean `" + meant + "`?")));
    }
    if (e instanceof YamlAliasException a) {
      return new Violation(prefix + a.pointer(), "yaml_alias", new Text(
          "YAML の別名（*name）とマージキーは使えません。値をそのまま書いてください",
          "YAML aliases (*name) and merge keys are not accepted: write the value out"));
    }
    if (e instanceof StreamReadException && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("Duplicate Object property")) {
      String key = e.getOriginalMessage().replaceAll("^Duplicate Object property \"(.*)\"$", "$1");
      String at = prefix + duplicatePointer(e);
      return new Violation(at, "duplicate_key", new Text("キー `" + key + "` が二度書かれています",
          "key `" + key + "` is given twice"));
    }
    if (e instanceof StreamReadException) {
      String whereJa = e.getLocation() == null ? ""
          : "（" + e.getLocation().getLineNr() + " 行 " + e.getLocation().getColumnNr() + " 列）";
      String whereEn = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      return new Violation(prefix, "malformed_body",
          new Text("本文を解析できません" + whereJa, "the body cannot be parsed" + whereEn));
    }
    if (e instanceof MismatchedInputException m) {
      Text expected = expected(m.getTargetType());
      if (expected == null) {
        return new Violation(pointer, "invalid_value", new Text("値の型が違います", "the value has the wrong type"));
      }
      return new Violation(pointer, "invalid_value", new Text("値の型が違います。" + expected.ja() + "を書いてください",
          "the value has the wrong type: expected " + expected.en()));
    }
    return new Violation(pointer, "invalid_body", new Text("本文を読み取れません", "the body cannot be read"));
  }

  /** The most reasons {@link #violations} gives for one document. */
  public static final int MAX_VIOLATIONS = 20;

  /**
   * How many values, all passes together, {@link #violations} may read again: every document within the default body
   * limit that is not mostly filler gets its twenty readings (a typical flow has a few hundred values; 1 MB of them, up
   * to about 200,000), and a bad one costs at most about as much more as reading a large valid one does.
   */
  static final long REREAD_BUDGET = 200_000;

  /**
   * Every reason a document cannot be read into {@code type}, not only the first Jackson stops at (an unknown field, a
   * value not in a list of values, a value of the wrong type), so one answer lists them all, as a validator does: the
   * document is read again with each value found wrong left out (a field removed; an element of a list replaced by a
   * value of its type that reads, so later indexes keep their pointers) until it reads, or a place is found wrong
   * twice, or an error falls inside a stand-in (which would not be the document's). At most {@link #MAX_VIOLATIONS},
   * and no more reading than a fixed budget of values allows, so a large document costs a bounded multiple of one
   * reading. In the order the document gives them; when reading the tree does not fail the same way as reading the
   * document did, {@code first}'s reason alone.
   *
   * @param mapper the reader that failed, with its strictness
   * @param tree the document as a tree, or null when it has none (then {@code first} alone)
   * @param first what reading the document failed with
   * @param prefix pointer of the document inside the input, e.g. "/flows/2" inside a batch; "" for the whole body
   */
  public static List<Violation> violations(ObjectMapper mapper, tools.jackson.databind.JsonNode tree, Class<?> type,
      JacksonException first, String prefix) {
    Violation head = violation(first, prefix);
    if (tree == null || !(tree.isObject() || tree.isArray()) || first instanceof StreamReadException) {
      return List.of(head);
    }
    long rereads = Math.min(MAX_VIOLATIONS, REREAD_BUDGET / values(tree));
    tools.jackson.databind.JsonNode copy = tree.deepCopy();
    List<Violation> out = new java.util.ArrayList<>();
    List<String> locals = new java.util.ArrayList<>(); // each reason's pointer inside the document
    java.util.Set<String> found = new java.util.HashSet<>(); // the same, to stop at a place found wrong twice
    List<String> standIns = new java.util.ArrayList<>(); // where a stand-in was put, each ending in "/"
    for (long pass = 0; pass < rereads; pass++) {
      JacksonException e;
      try {
        mapper.treeToValue(copy, type);
        break;
      } catch (JacksonException failed) {
        e = failed;
      }
      Violation v = violation(e, prefix);
      String local = pointer("", e.getPath());
      if (pass == 0 && !(v.pointer().equals(head.pointer()) && v.code().equals(head.code()))) {
        return List.of(head); // the tree reads differently from the document: only what the document said is sure
      }
      if (e instanceof StreamReadException || !found.add(local)
          || standIns.stream().anyMatch(p -> (local + "/").startsWith(p))) {
        break;
      }
      out.add(v);
      locals.add(local);
      String standIn = leaveOut(copy, local, e instanceof MismatchedInputException m ? m.getTargetType() : null);
      if (standIn == null) {
        break;
      }
      if (!standIn.isEmpty()) {
        standIns.add(standIn + "/");
      }
    }
    if (out.size() < 2) {
      return out.isEmpty() ? List.of(head) : List.copyOf(out);
    }
    // in the order the document gives them (Jackson reaches a record's unknown fields only after the rest of it)
    Map<String, Integer> order = new java.util.HashMap<>();
    documentOrder(tree, "", order);
    Integer[] at = new Integer[out.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = i;
    }
    Arrays.sort(at, java.util.Comparator.comparingInt(i -> order.getOrDefault(locals.get(i), Integer.MAX_VALUE)));
    return Arrays.stream(at).map(out::get).toList();
  }

  /** Each value's pointer in a tree, numbered in the order the document gives them. */
  private static void documentOrder(tools.jackson.databind.JsonNode node, String pointer, Map<String, Integer> order) {
    order.put(pointer, order.size());
    if (node.isObject()) {
      for (Map.Entry<String, tools.jackson.databind.JsonNode> field : node.properties()) {
        documentOrder(field.getValue(), pointer + '/' + field.getKey().replace("~", "~0").replace("/", "~1"), order);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        documentOrder(node.get(i), pointer + '/' + i, order);
      }
    }
  }

  /** How many values a tree holds, containers included. */
  private static long values(tools.jackson.databind.JsonNode node) {
    long n = 1;
    for (tools.jackson.databind.JsonNode child : node.values()) {
      n += values(child);
    }
    return n;
  }

  /**
   * Leaves the value at a pointer out of a tree: a field is removed (""), an element of a list is replaced by a value
   * of the type it was to be read into that reads (its pointer is returned: the pointers of the elements after it stay
   * true). Null when there is nothing there to leave out, or no such value.
   */
  private static String leaveOut(tools.jackson.databind.JsonNode root, String pointer, Class<?> type) {
    if (pointer.isEmpty()) {
      return null;
    }
    int slash = pointer.lastIndexOf('/');
    tools.jackson.databind.JsonNode parent = root.at(pointer.substring(0, slash));
    String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof tools.jackson.databind.node.ObjectNode object) {
      return object.remove(token) != null ? "" : null;
    }
    if (!(parent instanceof tools.jackson.databind.node.ArrayNode array) || !token.matches("[0-9]{1,9}")
        || Integer.parseInt(token) >= array.size()) {
      return null;
    }
    tools.jackson.databind.JsonNode standIn = standIn(type, array);
    if (standIn == null) {
      return null;
    }
    array.set(Integer.parseInt(token), standIn);
    return pointer;
  }

  /**
   * A value that reads as the type: an enum's first value the list does not hold yet (a set of values counts the
   * elements it has read to say where an error is, so a repeated value would shift the pointers after it), empty text,
   * false, 0, an empty list or object.
   */
  private static tools.jackson.databind.JsonNode standIn(Class<?> type, tools.jackson.databind.JsonNode list) {
    tools.jackson.databind.node.JsonNodeFactory nodes = tools.jackson.databind.node.JsonNodeFactory.instance;
    if (type == null) {
      return null;
    }
    if (type.isEnum()) {
      for (Object value : type.getEnumConstants()) {
        String name = ((Enum<?>) value).name();
        if (list.valueStream().noneMatch(v -> v.isString() && v.stringValue().equals(name))) {
          return nodes.stringNode(name);
        }
      }
      return null;
    }
    if (type == String.class) {
      return nodes.stringNode("");
    }
    if (type == Boolean.class || type == boolean.class) {
      return nodes.booleanNode(false);
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return nodes.numberNode(0);
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return nodes.arrayNode();
    }
    if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
      return nodes.objectNode();
    }
    return null;
  }

  /**
   * The same for a document given as bytes: read as a tree first (a document that is not even that gives {@code first}
   * alone).
   */
  public static List<Violation> violations(ObjectMapper mapper, byte[] input, Class<?> type, JacksonException first,
      String prefix) {
    if (input == null || first instanceof StreamReadException) {
      return List.of(violation(first, prefix));
    }
    tools.jackson.databind.JsonNode tree;
    try {
      tree = mapper.readTree(input);
    } catch (JacksonException e) {
      return List.of(violation(first, prefix));
    }
    return violations(mapper, tree, type, first, prefix);
  }

  /**
   * What a value read into the type must look like, in words: an object with its fields, a list, text, true or false,
   * a number or one of an enum's values; null when the type says nothing a writer could use.
   */
  static Text expected(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type.isRecord()) {
      String fields = Arrays.stream(type.getRecordComponents()).map(c -> "`" + c.getName() + "`")
          .collect(java.util.stream.Collectors.joining(", "));
      return new Text("オブジェクト（フィールド: " + fields + "）", "an object (fields: " + fields + ")");
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return new Text("リスト", "a list");
    }
    if (type == String.class) {
      return new Text("文字列", "text (a string)");
    }
    if (type == Boolean.class || type == boolean.class) {
      return new Text("`true` または `false`", "`true` or `false`");
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class && type != void.class)) {
      return new Text("数値", "a number");
    }
    if (type.isEnum()) {
      String allowed = Arrays.toString(type.getEnumConstants());
      return new Text("次のいずれかの値: " + allowed, "one of " + allowed);
    }
    return null;
  }

  /** Where the duplicate key stands: the parser's current path, which ends in the key given twice. */
  private static String duplicatePointer(JacksonException e) {
    if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }

  /** The JSON pointer of a Jackson error path under a prefix. */
  public static String pointer(String prefix, List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder(prefix);
    for (JacksonException.Reference ref : path) {
      out.append('/');
      if (ref.getPropertyName() != null) {
        out.append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }
}

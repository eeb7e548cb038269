package org.demarc.codec;

import java.util.Arrays;
import java.util.List;
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
      return new Violation(pointer, "unknown_field", new Text("不明なフィールド `" + u.getPropertyName() + "` です",
          "unknown field `" + u.getPropertyName() + "`"));
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      String allowed = Arrays.toString(f.getTargetType().getEnumConstants());
      return new Violation(pointer, "unknown_enum_value", new Text("`" + f.getValue() + "` は使えない値です。使える値: "
          + allowed, "unknown value `" + f.getValue() + "`, expected one of " + allowed));
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

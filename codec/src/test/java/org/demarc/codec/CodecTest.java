package org.demarc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.result.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class CodecTest {
  private static final String YAML = """
      id: f1
      parties:
        - id: hosp
          roles: [PROVIDER]
        - id: lab
          roles: [RECIPIENT]
      segments:
        - id: s1
          network: OPEN_INTERNET
      """;

  @Test
  void textsAreWrittenInTheLanguageAskedOncePerDocument() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> language = new java.util.concurrent.atomic.AtomicReference<>("ja");
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(Codec.textIn(() -> {
          asked.incrementAndGet();
          return language.get();
        })).build();
    java.util.List<org.demarc.model.result.Text> texts = java.util.List.of(
        new org.demarc.model.result.Text("盗聴", "eavesdropping"), new org.demarc.model.result.Text("改ざん", "tampering"),
        new org.demarc.model.result.Text("妨害", "interference"));
    assertThat(mapper.writeValueAsString(texts)).isEqualTo("[\"盗聴\",\"改ざん\",\"妨害\"]");
    assertThat(asked.get()).as("asked once for the document").isEqualTo(1);
    // the next document asks again: a mapper serves requests in different languages
    language.set("en");
    assertThat(mapper.writeValueAsString(texts)).isEqualTo("[\"eavesdropping\",\"tampering\",\"interference\"]");
    assertThat(asked.get()).isEqualTo(2);
  }

  @Test
  void findsTheLineOfEveryPointerInYamlAndJson() {
    SourceLines yaml = SourceLines.of(YAML);
    assertThat(yaml.lineOf("")).isEqualTo(1);
    assertThat(yaml.lineOf("/parties/1")).isEqualTo(5);
    assertThat(yaml.lineOf("/parties/1/roles")).isEqualTo(6);
    assertThat(yaml.lineOf("/segments/0/network")).isEqualTo(9);
    assertThat(yaml.lineOf("/segments/0/channel")).as("nearest ancestor").isEqualTo(8);
    assertThat(yaml.lineOf("/")).isEqualTo(1);
    SourceLines json = SourceLines.of("{\n \"id\": \"f\",\n \"segments\": [\n  {\"id\": \"s1\"},\n  {\"id\": \"s2\"}\n ]\n}");
    assertThat(json.lineOf("/segments/1/id")).isEqualTo(5);
    assertThat(SourceLines.of("{ broken").lineOf("/x")).isEqualTo(1);
  }

  @Test
  void turnsUnreadableInputIntoViolationsWithPointers() {
    Violation unknown = read("id: x\nsegments:\n  - id: s1\n    bogus: 1\n");
    assertThat(unknown.code()).isEqualTo("unknown_field");
    assertThat(unknown.pointer()).isEqualTo("/segments/0/bogus");
    Violation badEnum = read("legalForm: BARTER\n");
    assertThat(badEnum.code()).isEqualTo("unknown_enum_value");
    assertThat(badEnum.pointer()).isEqualTo("/legalForm");
    assertThat(badEnum.message().en()).contains("CONSIGNMENT");
    assertThat(read("{\"id\": ").code()).isEqualTo("malformed_body");
    assertThat(read("segments: 5\n").code()).isEqualTo("invalid_value");
  }

  @Test
  void rejectsKeysGivenTwiceAndScalarsWhereTextIsExpected() {
    Violation duplicate = read("id: x\nparties:\n  - id: hosp\n    id: clinic\n");
    assertThat(duplicate.code()).isEqualTo("duplicate_key");
    assertThat(duplicate.pointer()).isEqualTo("/parties/0/id");
    assertThat(duplicate.message().en()).contains("`id`");
    Violation jsonDuplicate = read("{\"id\": \"x\", \"provider\": \"a\", \"provider\": \"b\"}");
    assertThat(jsonDuplicate.code()).isEqualTo("duplicate_key");
    assertThat(jsonDuplicate.pointer()).isEqualTo("/provider");
    Violation number = read("id: x\nprovider: 42\n");
    assertThat(number.code()).isEqualTo("invalid_value");
    assertThat(number.pointer()).isEqualTo("/provider");
    Violation bool = read("id: x\nparties:\n  - id: true\n");
    assertThat(bool.code()).isEqualTo("invalid_value");
    assertThat(bool.pointer()).isEqualTo("/parties/0/id");
    assertThat(number.message().en()).isEqualTo("the value has the wrong type: expected text (a string)");
    assertThat(number.message().ja()).isEqualTo("値の型が違います。文字列を書いてください");
  }

  @Test
  void refusesNumbersForListValuesAndTextOrNumbersForFlags() {
    // Jackson reads a number as the enum's value at that index and coerces "true" and 1 to a flag unless told not to
    Violation ordinal = read("id: x\nsegments:\n  - id: s1\n    network: 4\n");
    assertThat(ordinal.code()).isEqualTo("unknown_enum_value");
    assertThat(ordinal.pointer()).isEqualTo("/segments/0/network");
    assertThat(ordinal.message().en()).contains("OPEN_INTERNET");
    Violation text = read("id: x\nrecipients:\n  - party: lab\n    identifiedInAdvance: \"true\"\n");
    assertThat(text.code()).isEqualTo("invalid_value");
    assertThat(text.pointer()).isEqualTo("/recipients/0/identifiedInAdvance");
    assertThat(text.message().en()).isEqualTo("the value has the wrong type: expected `true` or `false`");
    Violation number = read("{\"id\": \"x\", \"recipients\": [{\"party\": \"lab\", \"identifiedInAdvance\": 1}]}");
    assertThat(number.code()).isEqualTo("invalid_value");
    assertThat(number.pointer()).isEqualTo("/recipients/0/identifiedInAdvance");
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatWasExpected() {
    Violation object = read("id: x\nobjectSecurity:\n  cipher: AES-256\n");
    assertThat(object.pointer()).isEqualTo("/objectSecurity/cipher");
    assertThat(object.message().en())
        .isEqualTo("the value has the wrong type: expected an object (fields: `name`, `cryptrecListed`)");
    assertThat(object.message().ja()).isEqualTo("値の型が違います。オブジェクト（フィールド: `name`, `cryptrecListed`）を書いてください");
    Violation list = read("id: x\nsegments: 5\n");
    assertThat(list.message().en()).isEqualTo("the value has the wrong type: expected a list");
    Violation flag = read("id: x\nrecipients:\n  - party: lab\n    identifiedInAdvance: [yes]\n");
    assertThat(flag.pointer()).isEqualTo("/recipients/0/identifiedInAdvance");
    assertThat(flag.message().en()).isEqualTo("the value has the wrong type: expected `true` or `false`");
    assertThat(Codec.expected(int.class).en()).isEqualTo("a number");
    assertThat(Codec.expected(org.demarc.model.NetworkType.class).en()).startsWith("one of [LEASED_LINE,");
    assertThat(Codec.expected(Object.class)).as("nothing a writer could use").isNull();
  }

  @Test
  void listsEveryFieldThatCannotBeReadInTheOrderTheDocumentGivesThem() {
    // Jackson stops at the first, and reaches a record's unknown fields only after the rest of the record
    String yaml = """
        id: x
        purpose: REGIONAL_CARE
        legalform: THIRD_PARTY_PROVISION
        parties:
          - {id: hosp, roles: [PROVIDER, 5, HOSPITAL]}
          - {id: lab, roles: [RECIPIENT], kind: laboratory}
        recipients:
          - {party: lab, identified: true}
        segments:
          - {id: s1, network: IP_VPN, channel: {protocol: TLS, tls: "1.2"}}
        """;
    List<Violation> all = readAll(yaml);
    assertThat(all).extracting(v -> v.pointer() + " " + v.code()).containsExactly(
        "/purpose unknown_enum_value",
        "/legalform unknown_field",
        "/parties/0/roles/1 unknown_enum_value",
        "/parties/0/roles/2 unknown_enum_value", // the bad element before it stood in for, so its index holds
        "/parties/1/kind unknown_field",
        "/recipients/0/identified unknown_field",
        "/segments/0/network unknown_enum_value",
        "/segments/0/channel/tls unknown_field");
    assertThat(all.get(2).message().en()).contains("`5`");
    // the same document as JSON, and inside a batch: the same reasons under its pointer
    tools.jackson.databind.json.JsonMapper json = Codec.strict(tools.jackson.databind.json.JsonMapper.builder()).build();
    tools.jackson.databind.JsonNode tree = Codec.strictYaml().readTree(yaml);
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.treeToValue(tree, DataFlow.class));
    List<Violation> inBatch = Codec.violations(json, tree, DataFlow.class, e, "/flows/3");
    assertThat(inBatch).extracting(Violation::pointer).first().isEqualTo("/flows/3/purpose");
    assertThat(inBatch).hasSize(8);
  }

  @Test
  void suggestsTheNameTheWriterMostLikelyMeant() {
    Violation field = read("id: x\nsegments:\n  - id: s1\n    oprator: isp\n");
    assertThat(field.message().en()).isEqualTo("unknown field `oprator`: did you mean `operator`?");
    assertThat(field.message().ja()).isEqualTo("不明なフィールド `oprator` です。`operator` のことですか？");
    assertThat(read("id: x\nrecipients:\n  - {party: a, identified: true}\n").message().en())
        .endsWith("did you mean `identifiedInAdvance`?");
    assertThat(read("id: x\nlegalform: CONSIGNMENT\n").message().en()).endsWith("did you mean `legalForm`?");
    Violation none = read("id: x\nsegments:\n  - id: s1\n    bogus: 1\n");
    assertThat(none.message().en()).isEqualTo(
        "unknown field `bogus` (the fields here: `channel`, `fromPoint`, `id`, `network`, `operator`, `toPoint`)");
    Violation value = read("legalForm: consignment\n");
    assertThat(value.message().en()).endsWith(": did you mean `CONSIGNMENT`?");
    assertThat(value.message().ja()).endsWith("`CONSIGNMENT` のことですか？");
    assertThat(read("segments:\n  - {id: s1, network: OPEN-INTERNET}\n").message().en())
        .endsWith("did you mean `OPEN_INTERNET`?");
    assertThat(read("segments:\n  - {id: s1, network: IP_VPN}\n").message().en()).doesNotContain("did you mean");
    // a tie, or nothing close, suggests nothing; nor does a name longer than any
    assertThat(org.demarc.model.Names.closest("ab", List.of("ac", "ad"))).isNull();
    assertThat(org.demarc.model.Names.closest("x".repeat(100), List.of("x".repeat(99)))).isNull();
    assertThat(org.demarc.model.Names.closest("STAF", List.of("STAFF", "PATIENT"))).isEqualTo("STAFF");
    assertThat(org.demarc.model.Names.closest("recipeint", List.of("recipients", "recipient"))).isEqualTo("recipient");
    assertThat(org.demarc.model.Names.closest("hospital", List.of("hosp", "clinic"))).isEqualTo("hosp");
    assertThat(org.demarc.model.Names.closest("hospital", List.of("hosp", "hospi"))).as("two begin it").isNull();
    assertThat(org.demarc.model.Names.closest("abcdef", List.of("ab"))).as("too short to tell").isNull();
  }

  @Test
  void oneReasonWhenThereIsOneAndAtMostTwentyWhenThereAreMore() {
    assertThat(readAll("id: x\nlegalForm: BARTER\n")).extracting(Violation::pointer).containsExactly("/legalForm");
    assertThat(readAll("{\"id\": ")).extracting(Violation::code).containsExactly("malformed_body");
    assertThat(readAll("id: x\nparties:\n  - id: hosp\n    id: clinic\n")).extracting(Violation::code)
        .containsExactly("duplicate_key");
    StringBuilder many = new StringBuilder("id: x\n");
    for (int i = 0; i < 30; i++) {
      many.append("unknown").append(i).append(": 1\n");
    }
    List<Violation> capped = readAll(many.toString());
    assertThat(capped).hasSize(Codec.MAX_VIOLATIONS);
    assertThat(capped).extracting(Violation::pointer).startsWith("/unknown0", "/unknown1");
  }

  @Test
  void aLargeDocumentIsReadAgainOnlyAsOftenAsTheBudgetAllows() {
    // 60,000 values: the budget of values read again allows three readings, so three reasons of its thirty
    StringBuilder big = new StringBuilder("{\"id\": \"x\", \"description\": \"big\", \"segments\": [");
    for (int i = 0; i < 60_000; i++) {
      big.append(i == 0 ? "" : ",").append("{}");
    }
    big.append("]");
    for (int i = 0; i < 30; i++) {
      big.append(", \"unknown").append(i).append("\": 1");
    }
    big.append('}');
    assertThat(Codec.REREAD_BUDGET / 60_000).isEqualTo(3);
    tools.jackson.databind.json.JsonMapper json = Codec.strict(tools.jackson.databind.json.JsonMapper.builder()).build();
    byte[] bytes = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.readValue(bytes, DataFlow.class));
    assertThat(Codec.violations(json, bytes, DataFlow.class, e, "")).hasSize(3);
  }

  private static List<Violation> readAll(String yaml) {
    tools.jackson.dataformat.yaml.YAMLMapper mapper = Codec.strictYaml();
    byte[] bytes = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> mapper.readValue(bytes, DataFlow.class));
    assertThat(e).isNotNull();
    return Codec.violations(mapper, bytes, DataFlow.class, e, "");
  }

  private static Violation read(String yaml) {
    JacksonException e = catchThrowableOfType(JacksonException.class,
        () -> Codec.strictYaml().readValue(yaml, DataFlow.class));
    assertThat(e).isNotNull();
    return Codec.violation(e, "");
  }
}

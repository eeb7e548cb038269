package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Against the real server on a random port: every bad input is a 4xx problem document, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"demarc.max-segments=5", "demarc.max-recipients=3", "demarc.batch-max-items=3", "demarc.max-body-bytes=65536"})
class ApiEndToEndTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper springMapper;

  private HttpResponse<String> send(String method, String path, String contentType, String body, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", path.startsWith("/actuator/prometheus") ? "Bearer " + TestKeys.OPERATOR
            : TestKeys.AUTHORIZATION)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send("POST", path, "application/json", body, null);
  }

  private static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  private static void assertProblem(HttpResponse<String> r, int status, String code, String pointer) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode p = json(r);
    assertThat(p.get("code").asString()).as(r.body()).isEqualTo(code);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    if (pointer != null) {
      assertThat(p.get("errors").findValuesAsString("pointer")).as(r.body()).contains(pointer);
    }
  }

  @Test
  void evaluatesAJsonFlowWithProvenanceAndCitations() throws Exception {
    HttpResponse<String> r = post("/api/v1/evaluations", ApiExamples.FLOW);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("decisionId").asString()).hasSize(36);
    assertThat(body.at("/provenance/edition").asString()).isEqualTo("E2008_V3");
    assertThat(body.at("/provenance/contentHash").asString()).hasSize(64);
    assertThat(body.at("/provenance/engineVersion").asString()).isNotBlank();
    assertThat(body.at("/provenance/ruleSetVersion").asString()).isNotBlank();
    assertThat(body.at("/result/verdict").asString()).isEqualTo("NON_COMPLIANT");
    String rule = body.at("/result/findings/0/ruleId").asString();
    assertThat(body.at("/result/rules/" + rule + "/clause").isString()).isTrue();
    assertThat(body.at("/result/findings/0/citation").isMissingNode()).as("citations normalised").isTrue();
    assertThat(body.at("/result/findings/0/threat").isMissingNode()).as("no null fields").isTrue();
    assertThat(r.headers().firstValue("Demarc-Engine-Version")).isPresent();
    // buffered whole and sent in one piece with its length, not in chunks
    assertThat(r.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue((long) r.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void answersInJapaneseWhenAsked() throws Exception {
    HttpResponse<String> r = send("POST", "/api/v1/evaluations?edition=E2007_V2", "application/json", ApiExamples.FLOW, "ja");
    JsonNode body = json(r);
    assertThat(body.at("/result/edition").asString()).isEqualTo("E2007_V2");
    assertThat(r.body()).contains("第2版 6.10 B-1．責任分界点の明確化").contains("欠けています");
    HttpResponse<String> en = post("/api/v1/evaluations?edition=E2007_V2", ApiExamples.FLOW);
    assertThat(en.body()).contains("Edition 2, 6.10 B-1 Clarifying the responsibility demarcation points").doesNotContain("欠けています");
  }

  /**
   * A declaration that judges nothing is said so in the answer, in the language asked, with its pointer: one for
   * another party than the one the control is asked of, and one of a control no rule of the edition asks.
   */
  @Test
  void saysWhichDeclarationsJudgeNothing() throws Exception {
    String flow = ApiExamples.FLOW.replace(
        "{\"control\": \"DEMARCATION_AGREEMENT\", \"party\": \"clinic\", \"reference\": \"exchange agreement EX-1\"}",
        "{\"control\": \"DEMARCATION_AGREEMENT\", \"party\": \"clinic\", \"reference\": \"exchange agreement EX-1\"},"
            + "{\"control\": \"PATIENT_CONTACT_POINT\", \"party\": \"clinic\"},"
            + "{\"control\": \"RECEIPT_CONFIRMATION\", \"party\": \"clinic\"}");
    assertThat(flow).contains("RECEIPT_CONFIRMATION");
    JsonNode en = json(post("/api/v1/evaluations", flow));
    assertThat(en.at("/result/unusedDeclarations").findValuesAsString("pointer"))
        .containsExactly("/inPlace/1", "/inPlace/2");
    assertThat(en.at("/result/unusedDeclarations/0/reason").asString())
        .contains("PATIENT_CONTACT_POINT").contains("`clinic`").contains("`hosp`");
    assertThat(en.at("/result/unusedDeclarations/1/reason").asString())
        .contains("RECEIPT_CONFIRMATION").contains("no rule of this edition");
    JsonNode ja = json(send("POST", "/api/v1/evaluations", "application/json", flow, "ja"));
    assertThat(ja.at("/result/unusedDeclarations/1/reason").asString()).contains("判定に使われていません");
  }

  @Test
  void evaluatesAYamlFlow() throws Exception {
    HttpResponse<String> r = send("POST", "/api/v1/evaluations", "application/yaml", ApiExamples.FLOW_YAML, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).at("/result/flowId").asString()).isEqualTo("consignment-1");
    assertThat(json(r).at("/result/rules").has("G-6.11-B1-02")).isTrue();
  }

  @Test
  void rejectsEveryBadInputWithAProblemDocument() throws Exception {
    assertProblem(post("/api/v1/evaluations", "{\"id\": "), 400, "malformed_body", "");
    assertThat(send("POST", "/api/v1/evaluations", "application/yaml", "id: x\nparties: [\n", null).statusCode()).isEqualTo(400);
    assertProblem(post("/api/v1/evaluations", "{\"id\":\"x\",\"bogus\":1}"), 400, "unknown_field", "/bogus");
    assertProblem(send("POST", "/api/v1/evaluations", "application/yaml", "id: x\nnope: 1\n", null), 400, "unknown_field", "/nope");
    // every field that cannot be read, in the order of the body, not only the first Jackson stops at; the problem's
    // code is the first one's
    for (String route : List.of("/api/v1/evaluations", "/api/v1/validations")) {
      HttpResponse<String> several = send("POST", route, "application/yaml",
          "id: x\nlegalform: BARTER\nparties:\n  - {id: a, roles: [PROVIDER, HOSPITAL]}\nsegments:\n  - {id: s1, network: IP_VPN}\n",
          null);
      assertProblem(several, 400, "unknown_field", "/legalform");
      assertThat(json(several).get("errors").findValuesAsString("pointer")).as(several.body())
          .containsExactly("/legalform", "/parties/0/roles/1", "/segments/0/network");
    }
    assertProblem(post("/api/v1/evaluations", "{\"segments\":[{\"id\":\"s1\",\"network\":\"PIGEON\"}]}"), 400,
        "unknown_enum_value", "/segments/0/network");
    assertProblem(post("/api/v1/evaluations", "{\"id\":\"x\"}"), 422, "invalid_flow", "/parties");
    assertProblem(post("/api/v1/evaluations", "{\"id\":\"x\",\"provider\":\"a\",\"provider\":\"b\"}"), 400,
        "duplicate_key", "/provider");
    assertProblem(send("POST", "/api/v1/evaluations", "application/yaml", "id: x\nid: y\n", null), 400,
        "duplicate_key", "/id");
    assertProblem(post("/api/v1/evaluations", "{\"id\":\"x\",\"provider\":42}"), 400, "invalid_value", "/provider");
    assertProblem(post("/api/v1/evaluations", "{\"id\":\"x\",\"parties\":[{\"id\":\"a\\u0000b\",\"roles\":[\"PROVIDER\"]}],"
        + "\"provider\":\"a\\u0000b\"}"), 422, "invalid_flow", "/parties/0/id");
    assertProblem(post("/api/v1/evaluations", "{\"parties\":[{\"id\":\"a\",\"roles\":[\"PROVIDER\"]}],\"provider\":\"zz\"}"),
        422, "invalid_flow", "/provider");
    assertProblem(post("/api/v1/evaluations", "{\"parties\":[{\"id\":\"a\",\"roles\":[\"PROVIDER\"]}],\"provider\":\"a\","
        + "\"segments\":[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"},{\"id\":\"4\"},{\"id\":\"5\"},{\"id\":\"6\"}]}"),
        422, "too_many_segments", "/segments");
    assertProblem(post("/api/v1/evaluations", "{\"parties\":[{\"id\":\"a\",\"roles\":[\"PROVIDER\"]}],\"provider\":\"a\","
        + "\"recipients\":[{\"party\":\"a\"},{\"party\":\"a\"},{\"party\":\"a\"},{\"party\":\"a\"}]}"),
        422, "too_many_recipients", "/recipients");
    assertProblem(post("/api/v1/evaluations", "x".repeat(70_000)), 413, "body_too_large", "");
    assertProblem(post("/api/v1/evaluations?edition=E1999", ApiExamples.FLOW), 400, "unknown_edition", "edition");
    assertProblem(send("GET", "/api/v1/editions/E1999/rules", null, null, null), 404, "unknown_edition", "edition");
    assertProblem(send("GET", "/api/v1/editions/E2008_V3/rules/G-0", null, null, null), 404, "unknown_rule", "ruleId");
    assertProblem(send("GET", "/api/v1/no-such-route", null, null, null), 404, "not_found", null);
    assertProblem(send("DELETE", "/api/v1/evaluations", null, null, null), 405, "method_not_allowed", null);
    assertProblem(send("POST", "/api/v1/evaluations", "text/plain", "hello", null), 415, "unsupported_media_type", null);
    assertProblem(send("POST", "/api/v1/evaluations", "application/json", null, null), 400, "missing_body", null);
  }

  @Test
  void batchGivesEachItemItsOwnResultOrError() throws Exception {
    String body = "{\"flows\": [" + ApiExamples.FLOW + ", {\"id\":\"b\",\"parties\":[]}, {\"id\":\"c\",\"bogus\":true}]}";
    HttpResponse<String> r = post("/api/v1/evaluations/batch?edition=E2007_V2", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode items = json(r).get("items");
    assertThat(items).hasSize(3);
    assertThat(items.get(0).at("/evaluation/result/edition").asString()).isEqualTo("E2007_V2");
    assertThat(items.get(1).at("/error/code").asString()).isEqualTo("invalid_flow");
    assertThat(items.get(1).at("/error/errors").findValuesAsString("pointer")).contains("/flows/1/parties");
    assertThat(items.get(2).at("/error/code").asString()).isEqualTo("unknown_field");
    assertThat(items.get(2).at("/error/errors/0/pointer").asString()).isEqualTo("/flows/2/bogus");
    HttpResponse<String> several = post("/api/v1/evaluations/batch",
        "{\"flows\": [{\"id\":\"c\",\"bogus\":true,\"legalForm\":\"BARTER\"}]}");
    assertThat(json(several).at("/items/0/error/errors").findValuesAsString("pointer")).as(several.body())
        .containsExactly("/flows/0/bogus", "/flows/0/legalForm");
    assertProblem(post("/api/v1/evaluations/batch", "{\"flows\": [{},{},{},{}]}"), 422, "too_many_items", "/flows");
    assertProblem(post("/api/v1/evaluations/batch", "{\"flows\": []}"), 422, "empty_batch", "/flows");
    assertProblem(post("/api/v1/evaluations/batch", "{\"items\": []}"), 400, "unknown_field", "/items");
  }

  @Test
  void validatesWithoutEvaluating() throws Exception {
    HttpResponse<String> ok = post("/api/v1/validations", ApiExamples.FLOW);
    assertThat(json(ok).get("valid").asBoolean()).isTrue();
    HttpResponse<String> bad = post("/api/v1/validations",
        "{\"parties\":[{\"id\":\"a\",\"roles\":[\"PROVIDER\"]}],\"provider\":\"a\",\"recipients\":[{\"party\":\"q\"}]}");
    assertThat(json(bad).get("valid").asBoolean()).isFalse();
    assertThat(json(bad).get("errors").findValuesAsString("pointer")).containsExactly("/recipients/0/party");
  }

  @Test
  void listsEditionsAndRulesWithCitations() throws Exception {
    JsonNode editions = json(send("GET", "/api/v1/editions", null, null, "ja"));
    assertThat(editions.get("defaultEdition").asString()).isEqualTo("E2008_V3");
    assertThat(editions.get("editions").findValuesAsString("id")).containsExactly("E2007_V2", "E2008_V3");
    assertThat(editions.at("/editions/0/label").asString()).isEqualTo("第2版 (2007年3月)");
    JsonNode rules = json(send("GET", "/api/v1/editions/E2008_V3/rules", null, null, null));
    assertThat(rules.get("rules").findValuesAsString("id")).contains("G-6.11-B3-11").doesNotContain("G-6.11-B0-03");
    JsonNode rule = json(send("GET", "/api/v1/editions/E2007_V2/rules/G-6.11-B1-13", null, null, null));
    assertThat(rule.get("strength").asString()).isEqualTo("PROHIBIT");
    assertThat(rule.at("/citation/clause").asString()).contains("6.10 B-1");
  }

  @Test
  void exposesHealthAndMetrics() throws Exception {
    double before = nonCompliantUnderEdition2();
    post("/api/v1/evaluations?edition=E2007_V2", ApiExamples.FLOW);
    assertThat(send("GET", "/actuator/health/liveness", null, null, null).body()).contains("UP");
    assertThat(send("GET", "/actuator/health/readiness", null, null, null).body()).contains("UP");
    assertThat(nonCompliantUnderEdition2()).isEqualTo(before + 1);
    String metrics = send("GET", "/actuator/prometheus", null, null, null).body();
    assertThat(metrics).contains("demarc_evaluation_latency_seconds_count");
    // every request is still timed, but Spring Security's own steps are not observed (they cost every request CPU)
    assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
  }

  /** The Prometheus count of edition 2 evaluations with a non-compliant verdict. */
  private double nonCompliantUnderEdition2() throws Exception {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^demarc_evaluations_total\\{[^}]*edition=\"E2007_V2\"[^}]*verdict=\"NON_COMPLIANT\"[^}]*} (\\S+)$")
        .matcher(send("GET", "/actuator/prometheus", null, null, null).body());
    assertThat(m.find()).as("the counter is exported").isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void comparesAFlowBetweenEditions() throws Exception {
    String usb = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/usb-stick-home.json"));
    HttpResponse<String> r = post("/api/v1/comparisons?from=E2007_V2&to=E2008_V3", usb);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode c = json(r).get("comparison");
    assertThat(c.get("fromVerdict").asString()).isEqualTo("NOT_COVERED_BY_EDITION");
    assertThat(c.get("toVerdict").asString()).isEqualTo("NON_COMPLIANT");
    assertThat(c.get("verdictChanged").asBoolean()).isTrue();
    assertThat(c.get("added").findValuesAsString("ruleId")).contains("G-6.9-C-07");
    assertThat(c.get("removed").findValuesAsString("ruleId")).contains("G-6.9-00");
    assertThat(c.at("/toResult/controls").findValuesAsString("control")).contains("DATA_ENCRYPTION_OR_PASSWORD");
    assertProblem(post("/api/v1/comparisons?to=E1999", usb), 400, "unknown_edition", "to");
  }

  @Test
  void saysWhichClausesSettleNothing() throws Exception {
    String body = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/procurement-check.json")).replace(
        "\"type\": \"OUTAGE_AND_INCIDENT_HANDLING\"\n        }",
        "\"type\": \"OUTAGE_AND_INCIDENT_HANDLING\"\n        },\n"
            + "        {\"id\": \"§7\", \"type\": \"RECIPIENT_PURPOSE_SPECIFIED\", \"binds\": \"clinic\"}");
    assertThat(body).contains("RECIPIENT_PURPOSE_SPECIFIED");
    JsonNode en = json(post("/api/v1/contract-checks", body)).get("check");
    assertThat(en.at("/unusedClauses").size()).isEqualTo(1);
    assertThat(en.at("/unusedClauses/0/contract").asString()).isEqualTo("EX-1");
    assertThat(en.at("/unusedClauses/0/clause").asString()).isEqualTo("§7");
    assertThat(en.at("/unusedClauses/0/binds").asString()).isEqualTo("clinic");
    assertThat(en.at("/unusedClauses/0/reason").asString()).contains("`clinic`").contains("inPlace");
    JsonNode ja = json(send("POST", "/api/v1/contract-checks", "application/json", body, "ja")).get("check");
    assertThat(ja.at("/unusedClauses/0/reason").asString()).contains("充足されません");
  }

  @Test
  void checksContractsForProcurement() throws Exception {
    String body = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/procurement-check.json"));
    HttpResponse<String> r = send("POST", "/api/v1/contract-checks?edition=E2007_V2", "application/json", body, "ja");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode check = json(r).get("check");
    assertThat(check.get("verdict").asString()).isEqualTo("GAPS");
    assertThat(check.at("/flowResult/verdict").asString()).isEqualTo("NON_COMPLIANT");
    assertThat(r.body()).contains("条項がありません").contains("第2版 6.10 B-1");
    HttpResponse<String> review = post("/api/v1/contract-reviews",
        java.nio.file.Files.readString(java.nio.file.Path.of("../examples/maintenance-contract.json")));
    assertThat(json(review).at("/check/verdict").asString()).isEqualTo("GAPS");
    assertThat(json(review).at("/check/items").findValuesAsString("status")).contains("MISSING", "COVERED");
    assertProblem(post("/api/v1/contract-checks", "{\"contracts\": []}"), 422, "invalid_flow", "/flow");
    assertProblem(post("/api/v1/contract-checks", "{\"flow\": " + ApiExamples.FLOW
        + ", \"contracts\": [{\"id\": \"c\", \"kind\": \"NETWORK_SERVICE\", \"institution\": \"hosp\", \"counterparty\": \"ghost\"}]}"),
        422, "invalid_flow", "/contracts/0/counterparty");
    assertProblem(post("/api/v1/contract-reviews", "{\"id\": \"c\", \"kind\": \"LEASE\"}"), 400, "unknown_enum_value", "/kind");
    assertProblem(post("/api/v1/contract-reviews", "{\"id\": \"c\", \"kind\": \"MAINTENANCE\", \"institution\": \"h\"}"),
        422, "invalid_flow", "/counterparty");
  }

  @Test
  void publishesAnOpenApi31Document() throws Exception {
    HttpResponse<String> r = send("GET", "/v3/api-docs", null, null, null);
    JsonNode doc = json(r);
    assertThat(doc.get("openapi").asString()).startsWith("3.1");
    for (String path : List.of("/api/v1/contract-checks", "/api/v1/contract-reviews", "/api/v1/comparisons", "/api/v1/evaluations", "/api/v1/evaluations/batch", "/api/v1/validations",
        "/api/v1/editions", "/api/v1/editions/{edition}/rules", "/api/v1/editions/{edition}/rules/{ruleId}")) {
      assertThat(doc.get("paths").has(path)).as(path).isTrue();
    }
    // Every kind of flow has a worked example on the operations that take a flow, each one a valid flow.
    JsonNode examples = doc.at("/paths/~1api~1v1~1evaluations/post/requestBody/content/application~1json/examples");
    assertThat(examples.propertyNames()).hasSize(6).anyMatch(n -> n.startsWith("staff access"))
        .anyMatch(n -> n.startsWith("patient access")).anyMatch(n -> n.startsWith("break-glass"))
        .anyMatch(n -> n.startsWith("external storage")).anyMatch(n -> n.startsWith("take-out"))
        .anyMatch(n -> n.startsWith("exchange"));
    for (JsonNode example : examples) {
      HttpResponse<String> valid = post("/api/v1/validations", example.get("value").toString());
      assertThat(json(valid).get("valid").asBoolean()).as(example.toString()).isTrue();
    }
    assertThat(doc.at("/paths/~1api~1v1~1evaluations/post/requestBody/content/application~1yaml/examples")
        .propertyNames()).anyMatch(n -> n.startsWith("remote maintenance"));
    // every request body's schema says what the route requires (ImpactRequest requires nothing: both editions default)
    java.util.Map<String, List<String>> required = new java.util.TreeMap<>();
    for (JsonNode item : doc.get("paths")) {
      for (JsonNode op : item) {
        for (JsonNode media : op.at("/requestBody/content")) {
          String ref = media.at("/schema/$ref").asString("");
          if (!ref.isEmpty()) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            List<String> names = new java.util.ArrayList<>();
            doc.at("/components/schemas/" + name + "/required").forEach(n -> names.add(n.asString()));
            required.put(name, names.stream().sorted().toList());
          }
        }
      }
    }
    assertThat(required).containsEntry("DataFlow", List.of("parties")).containsEntry("BatchRequest", List.of("flows"))
        .containsEntry("ContractCheckRequest", List.of("flow")).containsEntry("NewTenant", List.of("id", "name"))
        .containsEntry("NewKey", List.of("name", "roles")).containsEntry("ImpactRequest", List.of())
        .containsEntry("Contract", List.of("counterparty", "id", "institution", "kind"));
    assertThat(required).allSatisfy((name, names) -> {
      if (!name.equals("ImpactRequest")) {
        assertThat(names).as(name).isNotEmpty();
      }
    });
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), r.body());
  }
}

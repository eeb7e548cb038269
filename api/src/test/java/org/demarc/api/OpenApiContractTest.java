package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The served OpenAPI document against what the service really answers: every answer the test suite produced (this
 * module's tests record them all through {@link ContractRecorder}; this class runs last and adds every example file,
 * every scenario of the rule engine through evaluate, compare, validate and the report routes, and a catalogue of
 * bad requests) must have a status and media type the document declares for its operation, and its body must
 * validate against the declared schema with a JSON Schema 2020-12 validator (networknt). Answers on routes the
 * document does not list must be problem documents.
 */
@Order(Integer.MAX_VALUE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path SCENARIOS = Path.of("..", "rules-engine", "src", "test", "resources", "scenarios");

  @LocalServerPort
  int port;

  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new HashMap<>();

  @Test
  void everyAnswerTheTestsProduceMatchesTheServedDocument() throws Exception {
    JsonNode doc = JSON.readTree(get("/v3/api-docs").body());
    exercise();
    List<ContractRecorder.Recorded> recorded = new ArrayList<>(ContractRecorder.RECORDED);
    assertThat(recorded.size()).as("answers recorded").isGreaterThan(500);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ContractRecorder.Recorded r : recorded) {
      String failure = check(doc, r);
      if (failure != null && failures.size() < 40) {
        failures.add(r.method() + " " + r.path() + " " + r.status() + " " + r.contentType() + ": " + failure);
      }
      seen.merge(r.status() / 100 + "xx", 1, Integer::sum);
    }
    assertThat(failures).as("answers that contradict the OpenAPI document").isEmpty();
    assertThat(seen).as("both answers and problems were checked").containsKeys("2xx", "4xx");
    System.out.printf("OpenAPI contract: %d answers validated %s%n", recorded.size(), seen);
  }

  /** Requests beyond the other tests': every example, every scenario, a catalogue of bad input. */
  private void exercise() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String type = name.endsWith(".json") ? "application/json" : "application/yaml";
        String body = Files.readString(f);
        for (String route : List.of("/api/v1/evaluations", "/api/v1/validations", "/api/v1/comparisons",
            "/api/v1/evaluations/report", "/api/v1/contract-checks", "/api/v1/contract-reviews",
            "/api/v1/evaluations/batch")) {
          post(route, type, body, null);
        }
      }
    }
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path f : files.sorted().toList()) {
        JsonNode scenario = YAML.readTree(Files.readString(f));
        String flow = JSON.writeValueAsString(scenario.get("given"));
        for (JsonNode edition : scenario.get("editions")) {
          post("/api/v1/evaluations?edition=" + edition.asString(), "application/json", flow, "ja");
        }
        post("/api/v1/comparisons", "application/json", flow, null);
        post("/api/v1/validations", "application/json", flow, null);
        post("/api/v1/evaluations/report", "application/json", flow, "ja");
        post("/api/v1/evaluations/batch", "application/json", "{\"flows\":[" + flow + ",{}]}", null);
      }
    }
    String flow = Files.readString(EXAMPLES.resolve("regional-care.json"));
    for (String route : List.of("/api/v1/evaluations", "/api/v1/comparisons", "/api/v1/validations",
        "/api/v1/evaluations/batch", "/api/v1/contract-checks", "/api/v1/contract-reviews",
        "/api/v1/evaluations/report", "/api/v1/comparisons/report")) {
      post(route, "application/json", "{\"id\": [1,", null);
      post(route, "application/json", "", null);
      post(route, "application/json", "null", null);
      post(route, "application/json", "[]", null);
      post(route, "application/json", "{\"a\":1,\"a\":2}", null);
      post(route, "application/json", "{\"id\":\"x\",\"unknownField\":1}", null);
      post(route, "application/yaml", "id: &a x\ndescription: *a\n", null);
      post(route, "application/yaml", "id: [x\n  kind: : :\n", null);
      post(route, "text/plain", "x", null);
      post(route + "?edition=E1999", "application/json", flow, "ja");
      post(route + "?from=E1999", "application/json", flow, null);
      send("DELETE", route, null, null, null);
      send("TRACE", route, null, null, null);
      send("OPTIONS", route, null, null, null);
      sendAccept(route, "application/pdf", flow);
    }
    post("/api/v1/evaluations", "application/json", "{\"id\":\"x\",\"parties\":[{\"id\":\"a\",\"name\":\"\\u0000\"}]}",
        null);
    post("/api/v1/evaluations", "application/json", "{\"id\":1,\"parties\":[]}", null);
    get("/api/v1/editions");
    get("/api/v1/editions/E2008_V3/rules");
    get("/api/v1/editions/E2007_V2/rules/G-6.11-B1-09");
    get("/api/v1/editions/E2007_V2/rules/NO-SUCH-RULE");
    get("/api/v1/editions/E1999/rules");
    get("/api/v1/no-such-route");
    send("POST", "/api/v1/editions", "application/json", "{}", null);
  }

  /** Null when the answer agrees with the document, else what is wrong. */
  private String check(JsonNode doc, ContractRecorder.Recorded r) {
    String mediaType = r.contentType() == null ? null : r.contentType().split(";")[0].trim();
    JsonNode operation = operation(doc, r.path(), r.method());
    if (operation == null) {
      // a route or method the document does not list: the answer must be a problem
      if (r.status() < 400 && !"OPTIONS".equals(r.method()) && !"HEAD".equals(r.method())) {
        return "an undocumented route answered " + r.status();
      }
      if (r.status() >= 400) {
        if (!"application/problem+json".equals(mediaType)) {
          return "an error on an undocumented route is not a problem document";
        }
        return validate(doc, "#/components/schemas/Problem", doc.at("/components/schemas/Problem"), r.body());
      }
      return null;
    }
    JsonNode response = operation.at("/responses/" + r.status());
    if (response.isMissingNode()) {
      return "status " + r.status() + " is not declared";
    }
    if (r.status() == 503 && r.retryAfter() == null) {
      return "a 503 without Retry-After";
    }
    JsonNode content = response.get("content");
    if (content == null || content.isEmpty()) {
      return r.body() == null || r.body().length == 0 ? null : "a body where none is declared";
    }
    JsonNode declared = content.get(mediaType);
    if (declared == null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = content.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("*/*")) {
          declared = e.getValue();
        }
      }
    }
    if (declared == null) {
      return "media type " + mediaType + " is not declared (declared: " + content.propertyNames() + ")";
    }
    if (!mediaType.endsWith("json") || r.body() == null) {
      return null;
    }
    String key = r.method() + " " + operationPath(doc, r.path()) + " " + r.status() + " " + mediaType;
    return validate(doc, key, declared.get("schema"), r.body());
  }

  private String validate(JsonNode doc, String key, JsonNode schemaNode, byte[] body) {
    Schema schema = compiled.computeIfAbsent(key, k -> {
      ObjectNode wrapper = schemaNode.deepCopy() instanceof ObjectNode o ? o : JSON.createObjectNode();
      wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      wrapper.set("components", doc.get("components"));
      return registry.getSchema(wrapper);
    });
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (RuntimeException e) {
      return "the body is not JSON: " + e.getMessage();
    }
    List<Error> errors = schema.validate(instance);
    return errors.isEmpty() ? null : errors.stream().limit(5).map(Error::toString).toList().toString();
  }

  private static JsonNode operation(JsonNode doc, String path, String method) {
    String template = operationPath(doc, path);
    if (template == null) {
      return null;
    }
    JsonNode op = doc.get("paths").get(template).get(method.toLowerCase(java.util.Locale.ROOT));
    return op == null || op.isMissingNode() ? null : op;
  }

  private static String operationPath(JsonNode doc, String path) {
    for (String template : doc.get("paths").propertyNames()) {
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (path.matches(regex)) {
        return template;
      }
    }
    return null;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null, null);
  }

  private void post(String path, String type, String body, String language) throws IOException, InterruptedException {
    send("POST", path, type, body, language);
  }

  private void sendAccept(String path, String accept, String body) throws IOException, InterruptedException {
    HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION).header("Accept", accept)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String type, String body, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}

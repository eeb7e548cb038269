package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry end to end: store a flow, revise it with If-Match, evaluate it, read the recorded decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "demarc.record-ad-hoc-decisions=true")
class RegistryEndToEndTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private HttpResponse<String> send(String method, String path, String type, String body, String ifMatch)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String code(HttpResponse<String> r) {
    return JSON.readTree(r.body()).get("code").asString();
  }

  @Test
  void aFlowIsStoredRevisedEvaluatedAndItsDecisionRecorded() throws Exception {
    String id = "registry-" + UUID.randomUUID();
    String flow = Files.readString(Path.of("..", "examples", "regional-care.json"))
        .replace("\"id\": \"regional-care-1\"", "\"id\": \"" + id + "\"");
    HttpResponse<String> created = send("POST", "/api/v1/flows", "application/json", flow, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/flows/" + id);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    HttpResponse<String> again = send("POST", "/api/v1/flows", "application/json", flow, null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(code(again)).isEqualTo("flow_exists");

    HttpResponse<String> read = send("GET", "/api/v1/flows/" + id, null, null, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).as("byte for byte as sent").isEqualTo(flow);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");

    String revised = flow.replace("\"direction\": \"TWO_WAY\"", "\"direction\": \"ONE_WAY\"");
    assertThat(code(send("PUT", "/api/v1/flows/" + id, "application/json", revised, null)))
        .isEqualTo("precondition_required");
    HttpResponse<String> put = send("PUT", "/api/v1/flows/" + id, "application/json", revised, "\"1\"");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.headers().firstValue("ETag")).hasValue("\"2\"");
    HttpResponse<String> stale = send("PUT", "/api/v1/flows/" + id, "application/json", revised, "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(code(stale)).isEqualTo("version_conflict");
    HttpResponse<String> wrongId = send("PUT", "/api/v1/flows/" + id, "application/json", flow.replace(id, "other"),
        "\"2\"");
    assertThat(wrongId.statusCode()).isEqualTo(422);
    HttpResponse<String> invalid = send("PUT", "/api/v1/flows/" + id, "application/json",
        revised.replace("\"provider\": \"hosp\"", "\"provider\": \"nobody\""), "\"2\"");
    assertThat(invalid.statusCode()).as("an invalid revision is refused, not stored").isEqualTo(422);
    assertThat(JSON.readTree(send("GET", "/api/v1/flows/" + id + "/versions", null, null, null).body())).hasSize(2);

    HttpResponse<String> evaluated = send("POST", "/api/v1/flows/" + id + "/evaluations?edition=E2007_V2", null, null,
        null);
    assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
    String decisionId = JSON.readTree(evaluated.body()).get("decisionId").asString();
    HttpResponse<String> decision = send("GET", "/api/v1/decisions/" + decisionId, null, null, null);
    assertThat(decision.statusCode()).isEqualTo(200);
    JsonNode d = JSON.readTree(decision.body());
    assertThat(d.get("flowId").asString()).isEqualTo(id);
    assertThat(d.get("flowVersion").asLong()).isEqualTo(2);
    assertThat(d.get("edition").asString()).isEqualTo("E2007_V2");
    assertThat(d.get("verdict").asString()).isEqualTo(JSON.readTree(evaluated.body()).at("/result/verdict").asString());
    assertThat(d.at("/input/direction").asString()).isEqualTo("ONE_WAY");
    assertThat(d.at("/result/decisionId").asString()).isEqualTo(decisionId);
    JsonNode listed = JSON.readTree(send("GET", "/api/v1/decisions?flowId=" + id, null, null, null).body());
    assertThat(listed.get("decisions")).hasSize(1);

    HttpResponse<String> archived = send("DELETE", "/api/v1/flows/" + id, null, null, "\"2\"");
    assertThat(archived.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(archived.body()).get("archived").asBoolean()).isTrue();
    assertThat(send("GET", "/api/v1/flows/no-such-flow", null, null, null).statusCode()).isEqualTo(404);
    assertThat(code(send("GET", "/api/v1/decisions/no-such-decision", null, null, null)))
        .isEqualTo("decision_not_found");
  }

  private HttpResponse<String> postWithKey(String path, String body, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION)
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Idempotency-Key", key);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aRetriedRequestGetsTheFirstAnswerAndCreatesNothingTwice() throws Exception {
    String id = "idem-" + UUID.randomUUID();
    String flow = Files.readString(Path.of("..", "examples", "regional-care.json"))
        .replace("\"id\": \"regional-care-1\"", "\"id\": \"" + id + "\"");
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = postWithKey("/api/v1/flows", flow, key);
    HttpResponse<String> retry = postWithKey("/api/v1/flows", flow, key);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).as("the first answer, not a 409").isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(JSON.readTree(send("GET", "/api/v1/flows/" + id + "/versions", null, null, null).body())).hasSize(1);
    HttpResponse<String> reused = postWithKey("/api/v1/flows", flow.replace("TWO_WAY", "ONE_WAY"), key);
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(code(reused)).isEqualTo("idempotency_key_reused");
    assertThat(code(postWithKey("/api/v1/flows", flow, "bad key with spaces"))).isEqualTo("invalid_idempotency_key");

    String evalKey = UUID.randomUUID().toString();
    HttpResponse<String> e1 = postWithKey("/api/v1/flows/" + id + "/evaluations", null, evalKey);
    HttpResponse<String> e2 = postWithKey("/api/v1/flows/" + id + "/evaluations", null, evalKey);
    String d1 = JSON.readTree(e1.body()).get("decisionId").asString();
    assertThat(JSON.readTree(e2.body()).get("decisionId").asString()).isEqualTo(d1);
    assertThat(e2.headers().firstValue("Demarc-Decision-Id")).hasValue(d1);
    assertThat(JSON.readTree(send("GET", "/api/v1/decisions?flowId=" + id, null, null, null).body()).get("decisions"))
        .as("one decision recorded, not two").hasSize(1);
  }

  @Test
  void aYamlFlowIsKeptAsYamlAndAdHocEvaluationsAreRecorded() throws Exception {
    String id = "yaml-" + UUID.randomUUID();
    String yaml = Files.readString(Path.of("..", "examples", "consignment-leased-line.yaml"))
        .replaceFirst("(?m)^id: .*$", "id: " + id);
    HttpResponse<String> created = send("POST", "/api/v1/flows", "application/yaml", yaml, null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> read = send("GET", "/api/v1/flows/" + id, null, null, null);
    assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(read.body()).isEqualTo(yaml);

    HttpResponse<String> adHoc = send("POST", "/api/v1/evaluations", "application/json",
        Files.readString(Path.of("..", "examples", "regional-care.json")), null);
    String decisionId = JSON.readTree(adHoc.body()).get("decisionId").asString();
    JsonNode d = JSON.readTree(send("GET", "/api/v1/decisions/" + decisionId, null, null, null).body());
    assertThat(d.get("route").asString()).isEqualTo("POST /api/v1/evaluations");
    assertThat(d.has("flowId")).as("an ad-hoc decision is about no stored flow").isFalse();
    assertThat(d.get("findingIds").size()).isEqualTo(JSON.readTree(adHoc.body()).at("/result/findings").size());
    assertThat(d.get("input")).as("the input as received")
        .isEqualTo(JSON.readTree(Files.readString(Path.of("..", "examples", "regional-care.json"))));

    // a YAML body is kept as the YAML text received, and replays
    String yamlBody = Files.readString(Path.of("..", "examples", "remote-maintenance.yaml"));
    HttpResponse<String> fromYaml = send("POST", "/api/v1/evaluations", "application/yaml", yamlBody, null);
    assertThat(fromYaml.statusCode()).as(fromYaml.body()).isEqualTo(200);
    String yamlDecision = JSON.readTree(fromYaml.body()).get("decisionId").asString();
    JsonNode y = JSON.readTree(send("GET", "/api/v1/decisions/" + yamlDecision, null, null, null).body());
    assertThat(y.get("input").asString()).isEqualTo(yamlBody);
    JsonNode replay = JSON.readTree(send("POST", "/api/v1/decisions/" + yamlDecision + "/replay", null, null, null)
        .body());
    assertThat(replay.get("same").asBoolean()).as(replay.toString()).isTrue();
  }
}

package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contracts in the registry linked to a flow, the flow checked against them, an impact analysis from edition 2 to the
 * edition 3 draft over the stored flows (JSON, CSV, report), a replay of a recorded evaluation, and masking of the
 * stored input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "demarc.decision-masking=/parties/*/name,/description", "demarc.job-polling-millis=100",
    "demarc.record-ad-hoc-decisions=true"})
class RegistryContractsAndImpactTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private HttpResponse<String> send(String method, String path, String type, String body, String accept)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestKeys.AUTHORIZATION)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode json(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  @Test
  void contractsAreLinkedCheckedAnalysedForImpactAndDecisionsReplayed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ObjectNode example = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples",
        "procurement-check.json")));
    ObjectNode flow = (ObjectNode) example.get("flow");
    String flowId = "proc-" + suffix;
    flow.put("id", flowId);
    json(send("POST", "/api/v1/flows", "application/json", JSON.writeValueAsString(flow), null), 201);

    // a contract must name stored flows
    ObjectNode first = (ObjectNode) example.get("contracts").get(0).deepCopy();
    first.put("id", "EX-" + suffix);
    first.putArray("flows").add("no-such-flow-" + suffix);
    JsonNode refused = json(send("POST", "/api/v1/contracts", "application/json", JSON.writeValueAsString(first),
        null), 422);
    assertThat(refused.get("code").asString()).isEqualTo("invalid_contract");
    assertThat(refused.at("/errors/0/pointer").asString()).isEqualTo("/flows/0");

    ArrayNode sent = JSON.createArrayNode();
    for (JsonNode c : example.get("contracts")) {
      ObjectNode contract = (ObjectNode) c.deepCopy();
      contract.put("id", c.get("id").asString() + "-" + suffix);
      contract.putArray("flows").add(flowId);
      HttpResponse<String> created = send("POST", "/api/v1/contracts", "application/json",
          JSON.writeValueAsString(contract), null);
      assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
      assertThat(json(created, 201).get("flows").get(0).asString()).isEqualTo(flowId);
      sent.add(contract);
    }
    assertThat(json(send("GET", "/api/v1/flows/" + flowId + "/contracts", null, null, null), 200))
        .hasSize(sent.size());
    assertThat(json(send("GET", "/api/v1/contracts?flow=" + flowId, null, null, null), 200).get("contracts"))
        .hasSize(sent.size());

    // the stored check answers what the ad-hoc check of the same flow and contracts answers
    JsonNode stored = json(send("POST", "/api/v1/flows/" + flowId + "/contract-checks?edition=E2008_V3", null, null,
        null), 200);
    ObjectNode adHocBody = JSON.createObjectNode();
    adHocBody.set("flow", flow);
    adHocBody.set("contracts", sent);
    JsonNode adHoc = json(send("POST", "/api/v1/contract-checks?edition=E2008_V3", "application/json",
        JSON.writeValueAsString(adHocBody), null), 200);
    assertThat(stored.at("/check/verdict")).isEqualTo(adHoc.at("/check/verdict"));
    assertThat(stored.at("/check/items")).isEqualTo(adHoc.at("/check/items"));
    JsonNode checkDecision = json(send("GET", "/api/v1/decisions/" + stored.get("decisionId").asString(), null, null,
        null), 200);
    assertThat(checkDecision.get("flowId").asString()).isEqualTo(flowId);
    assertThat(checkDecision.get("verdict").asString()).isEqualTo(stored.at("/check/verdict").asString());

    // a revised contract is a new version with its links
    String contractId = sent.get(0).get("id").asString();
    ObjectNode revised = (ObjectNode) sent.get(0).deepCopy();
    revised.putArray("flows");
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/v1/contracts/" + contractId)).header("Authorization", TestKeys.AUTHORIZATION).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(revised)))
        .header("Content-Type", "application/json").header("If-Match", "\"1\"").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(json(put, 200).get("version").asLong()).isEqualTo(2);
    assertThat(json(send("GET", "/api/v1/flows/" + flowId + "/contracts", null, null, null), 200))
        .hasSize(sent.size() - 1);
    assertThat(json(send("GET", "/api/v1/contracts/" + contractId + "/versions", null, null, null), 200)).hasSize(2);
    assertThat(json(send("GET", "/api/v1/contracts/none-" + suffix, null, null, null), 404).get("code").asString())
        .isEqualTo("contract_not_found");

    // evaluate the stored flow, filter by its last verdict, replay the decision
    JsonNode evaluated = json(send("POST", "/api/v1/flows/" + flowId + "/evaluations?edition=E2007_V2", null, null,
        null), 200);
    String verdict = evaluated.at("/result/verdict").asString();
    JsonNode byVerdict = json(send("GET", "/api/v1/flows?verdict=" + verdict + "&edition=E2007_V2&party=hosp&limit=500",
        null, null, null), 200);
    assertThat(byVerdict.get("flows").findValuesAsString("id")).contains(flowId);
    String decisionId = evaluated.get("decisionId").asString();
    JsonNode recorded = json(send("GET", "/api/v1/decisions/" + decisionId, null, null, null), 200);
    assertThat(recorded.at("/input/parties/0/name").asString()).as("masked in the stored copy").startsWith("masked-");
    assertThat(recorded.at("/input/parties/0/id").asString()).isEqualTo("hosp");
    assertThat(evaluated.toString()).doesNotContain("masked-");
    JsonNode replay = json(send("POST", "/api/v1/decisions/" + decisionId + "/replay", null, null, null), 200);
    assertThat(replay.get("same").asBoolean()).as(replay.toString()).isTrue();
    assertThat(replay.get("inputMasked").asBoolean()).isTrue();
    assertThat(replay.at("/comparison/fromVerdict").asString()).isEqualTo(verdict);
    assertThat(replay.get("replayOf").asString()).isEqualTo(decisionId);
    JsonNode comparisonDecision = json(send("POST", "/api/v1/comparisons", "application/json",
        JSON.writeValueAsString(flow), null), 200);
    assertThat(json(send("POST", "/api/v1/decisions/" + comparisonDecision.get("decisionId").asString() + "/replay",
        null, null, null), 422).get("code").asString()).isEqualTo("decision_not_replayable");

    // the impact of moving from edition 2 to the edition 3 draft
    HttpResponse<String> started = send("POST", "/api/v1/impact-analyses", "application/json",
        "{\"from\":\"E2007_V2\",\"to\":\"E2008_V3\"}", null);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode analysis = waitUntilDone(location);
    assertThat(analysis.at("/progress/done").asLong()).isEqualTo(analysis.at("/progress/total").asLong());
    JsonNode comparison = json(send("POST", "/api/v1/comparisons?from=E2007_V2&to=E2008_V3", "application/json",
        JSON.writeValueAsString(flow), null), 200).get("comparison");
    JsonNode mine = null;
    String after = flowId.substring(0, flowId.length() - 1);
    JsonNode page = json(send("GET", location + "?all=true&limit=5&after=" + after, null, null, null), 200);
    for (JsonNode f : page.get("flows")) {
      if (f.get("flowId").asString().equals(flowId)) {
        mine = f.get("impact");
      }
    }
    assertThat(mine).as("the stored flow is analysed").isNotNull();
    assertThat(mine.get("fromVerdict")).isEqualTo(comparison.get("fromVerdict"));
    assertThat(mine.get("toVerdict")).isEqualTo(comparison.get("toVerdict"));
    assertThat(mine.get("findingsAdded")).hasSize(comparison.get("added").size());
    assertThat(mine.get("findingsRemoved")).hasSize(comparison.get("removed").size());

    HttpResponse<String> csv = send("GET", location, null, null, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("flow_id,flow_version,from_verdict");
    assertThat(csv.body().lines().filter(l -> l.startsWith(flowId + ",")).findFirst()).get().asString()
        .contains(comparison.get("toVerdict").asString());
    assertThat(csv.body().lines().count() - 1).isEqualTo(analysis.at("/progress/total").asLong());
    HttpResponse<String> html = send("GET", location + "/report", null, null, "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("<html").contains(analysis.get("id").asString());
    HttpResponse<String> md = send("GET", location + "/report", null, null, "text/markdown");
    assertThat(md.body()).startsWith("# ");
    assertThat(json(send("GET", "/api/v1/impact-analyses/none", null, null, null), 404).get("code").asString())
        .isEqualTo("impact_analysis_not_found");

    // each flow's last recorded evaluation against the rules now loaded: the same rules, so nothing changes for it
    HttpResponse<String> againstLast = send("POST", "/api/v1/impact-analyses", "application/json",
        "{\"against\":\"last-decision\"}", null);
    assertThat(againstLast.statusCode()).as(againstLast.body()).isEqualTo(202);
    String lastLocation = againstLast.headers().firstValue("Location").orElseThrow();
    JsonNode last = waitUntilDone(lastLocation);
    assertThat(last.get("mode").asString()).isEqualTo("LAST_DECISION");
    JsonNode lastPage = json(send("GET", lastLocation + "?all=true&limit=5&after=" + after, null, null, null), 200);
    JsonNode mineLast = null;
    for (JsonNode f : lastPage.get("flows")) {
      if (f.get("flowId").asString().equals(flowId)) {
        mineLast = f;
      }
    }
    assertThat(mineLast).isNotNull();
    assertThat(mineLast.has("error")).as(mineLast.toString()).isFalse();
    assertThat(mineLast.at("/impact/from").asString()).as("under the recorded edition").isEqualTo("E2007_V2");
    assertThat(mineLast.at("/impact/fromVerdict").asString()).isEqualTo(verdict);
    assertThat(mineLast.at("/impact/verdictChanged").asBoolean()).isFalse();
    assertThat(mineLast.at("/impact/findingsAdded")).isEmpty();
    assertThat(mineLast.at("/impact/findingsRemoved")).isEmpty();
    assertThat(json(send("POST", "/api/v1/impact-analyses", "application/json",
        "{\"against\":\"last-decision\",\"from\":\"E2007_V2\"}", null), 400).at("/errors/0/pointer").asString())
        .isEqualTo("/from");
    assertThat(json(send("POST", "/api/v1/impact-analyses", "application/json", "{\"against\":\"yesterday\"}",
        null), 400).at("/errors/0/pointer").asString()).isEqualTo("/against");
  }

  private JsonNode waitUntilDone(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonNode a = json(send("GET", location, null, null, null), 200);
      if ("DONE".equals(a.get("state").asString()) || Instant.now().isAfter(deadline)) {
        assertThat(a.get("state").asString()).isEqualTo("DONE");
        return a;
      }
      Thread.sleep(100);
    }
  }
}

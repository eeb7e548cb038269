package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two tenants writing and reading at once, with the same flow ids: each reads only its own flows and decisions,
 * never the other's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantIsolationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + key)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    // 8 writers on 2 cores can fill the bulkhead: a client retries a 503 after its Retry-After, as it should
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 503 || attempt == 5) {
        return r;
      }
      Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
    }
  }

  private String tenantWithArchitect(String tenant) throws Exception {
    assertThat(send("POST", "/api/v1/admin/tenants", TestKeys.OPERATOR,
        "{\"id\":\"" + tenant + "\",\"name\":\"" + tenant + "\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> k = send("POST", "/api/v1/admin/api-keys", TestKeys.OPERATOR,
        "{\"tenant\":\"" + tenant + "\",\"name\":\"writer\",\"roles\":[\"architect\",\"auditor\"]}");
    assertThat(k.statusCode()).as(k.body()).isEqualTo(201);
    return JSON.readTree(k.body()).get("key").asString();
  }

  @Test
  void twoTenantsWritingAndReadingAtOnceNeverSeeEachOthersRecords() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String a = tenantWithArchitect("iso-a-" + run);
    String b = tenantWithArchitect("iso-b-" + run);
    String example = Files.readString(Path.of("..", "examples", "regional-care.json"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<List<String>>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String key = t % 2 == 0 ? a : b;
      String mark = t % 2 == 0 ? "A" : "B";
      int worker = t / 2;
      work.add(pool.submit(() -> {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
          String id = "shared-" + worker + "-" + i; // the same ids in both tenants
          String flow = example.replace("\"id\": \"regional-care-1\"", "\"id\": \"" + id
              + "\", \"description\": \"tenant " + mark + "\"");
          int created = send("POST", "/api/v1/flows", key, flow).statusCode();
          if (created != 201) {
            problems.add(mark + " " + id + ": created " + created);
          }
          HttpResponse<String> read = send("GET", "/api/v1/flows/" + id, key, null);
          if (!read.body().contains("tenant " + mark)) {
            problems.add(mark + " " + id + ": read another tenant's flow");
          }
          JsonNode evaluated = JSON.readTree(send("POST", "/api/v1/flows/" + id + "/evaluations", key, null).body());
          JsonNode decision = JSON.readTree(send("GET", "/api/v1/decisions/" + evaluated.get("decisionId")
              .asString(), key, null).body());
          if (!decision.toString().contains("tenant " + mark)) {
            problems.add(mark + " " + id + ": a decision about another tenant's flow");
          }
          if (!decision.path("caller").asString("").startsWith("key_")) {
            problems.add(mark + " " + id + ": the decision does not name its caller: " + decision.path("caller"));
          }
        }
        return problems;
      }));
    }
    List<String> problems = new ArrayList<>();
    for (Future<List<String>> f : work) {
      problems.addAll(f.get());
    }
    pool.shutdown();
    assertThat(problems).isEmpty();
    // listing: each tenant sees exactly its 60 flows
    for (String key : List.of(a, b)) {
      JsonNode page = JSON.readTree(send("GET", "/api/v1/flows?limit=500", key, null).body());
      assertThat(page.get("flows")).hasSize(60);
    }
    // one tenant's decision does not exist for the other
    JsonNode decisionsOfA = JSON.readTree(send("GET", "/api/v1/decisions?limit=1", a, null).body());
    String oneOfA = decisionsOfA.get("decisions").get(0).get("id").asString();
    assertThat(send("GET", "/api/v1/decisions/" + oneOfA, b, null).statusCode()).isEqualTo(404);
  }
}

package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost: the packaged service imports flows from 8 concurrent clients, is killed with SIGKILL
 * part-way, and restarted on the same data directory. Every flow that got a 201 is there, byte for byte as sent, with
 * its one version; every flow that is there (acknowledged or not) is whole: its content is what a client sent for its
 * id, with its version row.
 */
class KillRestartIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int FLOWS = 2000;
  private static final int CLIENTS = 8;
  private static final int KILL_AFTER = 700;
  private static final String ADMIN = "kill-test-admin-key-of-the-operator";
  private String key;

  /** An architect key, created by the operator's key (both kept in the registry across the restart). */
  private String architectKey(HttpClient http, int port) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/v1/admin/api-keys")).header("Authorization", "Bearer " + ADMIN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"importer\",\"roles\":[\"architect\"]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("key").asString();
  }

  @TempDir
  Path data;

  private static Path bootJar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("api-.*\\.jar")).findFirst().orElseThrow();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private Process start(int port, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx384m", "-jar", bootJar().toString(), "--server.port=" + port,
        "--demarc.data-dir=" + data, "--management.server.port=-1", "--demarc.admin-key=" + ADMIN)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/editions")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return p;
        }
      } catch (IOException notYet) {
        // starting
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("the service exited: " + Files.readString(log));
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new IllegalStateException("the service did not start: " + Files.readString(log));
  }

  @Test
  void everyAcknowledgedFlowSurvivesASigkillWhole() throws Exception {
    String example = Files.readString(Path.of("..", "examples", "regional-care.json"));
    Path log = data.resolve("service.log");
    int port = freePort();
    Process service = start(port, log);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    key = architectKey(http, port);
    Map<String, String> sent = new ConcurrentHashMap<>();
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger created = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> runs = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      runs.add(clients.submit(() -> {
        for (int i = client; i < FLOWS; i += CLIENTS) {
          String id = String.format("kill-%04d", i);
          // each flow differs in more than its id, so a mixed-up write would show
          String body = example.replace("\"id\": \"regional-care-1\"", "\"id\": \"" + id
              + "\", \"description\": \"imported flow #" + i + "\"");
          sent.put(id, body);
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/flows")).header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
              acknowledged.put(id, body);
              if (created.incrementAndGet() == KILL_AFTER) {
                service.destroyForcibly(); // SIGKILL on Linux
              }
            }
          } catch (IOException | InterruptedException e) {
            return null; // the service is gone
          }
        }
        return null;
      }));
    }
    for (Future<?> r : runs) {
      r.get();
    }
    clients.shutdown();
    service.waitFor();
    assertThat(service.exitValue()).as("killed, not stopped").isEqualTo(137);
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER).isLessThan(FLOWS);

    int again = freePort();
    Process restarted = start(again, log);
    try {
      for (Map.Entry<String, String> e : acknowledged.entrySet()) {
        HttpResponse<String> r = get(http, again, "/api/v1/flows/" + e.getKey());
        assertThat(r.statusCode()).as(e.getKey() + " was acknowledged").isEqualTo(200);
        assertThat(r.body()).as(e.getKey() + " byte for byte").isEqualTo(e.getValue());
      }
      // everything stored is whole: content as sent for its id, with its version
      String after = null;
      int stored = 0;
      do {
        JsonNode page = JSON.readTree(get(http, again, "/api/v1/flows?limit=500"
            + (after == null ? "" : "&after=" + after)).body());
        for (JsonNode f : page.get("flows")) {
          String id = f.get("id").asString();
          if (!id.startsWith("kill-")) {
            continue;
          }
          stored++;
          assertThat(get(http, again, "/api/v1/flows/" + id).body()).as(id).isEqualTo(sent.get(id));
          JsonNode versions = JSON.readTree(get(http, again, "/api/v1/flows/" + id + "/versions").body());
          assertThat(versions).as(id + " has its version").hasSize(1);
          assertThat(get(http, again, "/api/v1/flows/" + id + "/versions/1").body()).isEqualTo(sent.get(id));
        }
        after = page.has("next") && !page.get("next").isNull() ? page.get("next").asString() : null;
      } while (after != null);
      assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
      // and it takes new flows on the same data directory
      String more = example.replace("\"id\": \"regional-care-1\"", "\"id\": \"kill-after-restart\"");
      assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + again + "/api/v1/flows"))
          .header("Authorization", "Bearer " + key)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(more)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    } finally {
      restarted.destroy();
      restarted.waitFor();
    }
  }

  private HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + key).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}

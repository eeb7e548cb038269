package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.demarc.app.Limits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Eight concurrent requests at the limits (a flow of 20 segments and 1,000 recipients: the most segments × recipients
 * the work budget allows, twice over on each route kind), against the real server with its default limits: no 500,
 * every answer a 200 or a fast 503 with Retry-After, and health answering within a second throughout. Runs in its own
 * JVM (failsafe) whose heap is capped at {@value #HEAP_BOUND_MB} MB (the bound the README states): going over it would
 * be an OutOfMemoryError and 500s. The peak of the heap pools is printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorstCaseConcurrencyIT {
  /** The heap cap of this test's JVM (api/pom.xml, failsafe argLine): the bound the README states. */
  static final long HEAP_BOUND_MB = 512;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  int port;

  /**
   * A flow of 20 segments and 1,000 recipients: 20,000 work units, the default budget exactly. It leaves out what a
   * flow may leave out (the encryption of the information, how the ends authenticate, half the recipients'
   * identification), so the rules that ask for a missing fact run at the limits too.
   */
  static String worstCaseFlow() {
    List<Map<String, Object>> parties = new ArrayList<>();
    parties.add(Map.of("id", "hosp", "name", "A病院", "roles", List.of("PROVIDER")));
    parties.add(Map.of("id", "carrier", "name", "C通信", "roles", List.of("CARRIER")));
    parties.add(Map.of("id", "svc", "name", "Sサービス", "roles", List.of("ONLINE_SERVICE")));
    List<Map<String, Object>> recipients = new ArrayList<>();
    for (int i = 0; i < Limits.DEFAULT.maxRecipients(); i++) {
      parties.add(Map.of("id", "r" + i, "name", "受信先" + i, "roles", List.of("RECIPIENT")));
      // every other recipient leaves its identification out: the rules that go through the recipients one by one
      // (asking each one's identification) run over all of them too
      recipients.add(i % 2 == 0 ? Map.of("party", "r" + i, "identifiedInAdvance", true) : Map.of("party", "r" + i));
    }
    int segments = (int) (Limits.DEFAULT.maxWork() / Limits.DEFAULT.maxRecipients());
    List<Map<String, Object>> path = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      path.add(Map.of("id", "s" + i, "fromPoint", "p" + i, "toPoint", "p" + (i + 1), "network", "OPEN_INTERNET",
          "operator", i % 2 == 0 ? "carrier" : "svc",
          "channel", Map.of("protocol", "TLS", "tlsVersion", "1.2", "clientAuthenticated", true)));
    }
    Map<String, Object> flow = new LinkedHashMap<>();
    flow.put("id", "worst-case");
    flow.put("purpose", "REGIONAL_CARE_COORDINATION");
    flow.put("legalForm", "THIRD_PARTY_PROVISION");
    flow.put("consent", Map.of("basis", "IMPLIED", "impliedCase", "A_CARE_COORDINATION"));
    flow.put("direction", "TWO_WAY");
    flow.put("data", Map.of("personal", true, "medical", true));
    flow.put("parties", parties);
    flow.put("provider", "hosp");
    flow.put("recipients", recipients);
    flow.put("segments", path);
    return JsonMapper.builder().build().writeValueAsString(flow);
  }

  @Test
  void eightWorstCaseRequestsAtOnceLeaveTheServiceHealthy() throws Exception {
    String body = worstCaseFlow();
    List<String> routes = List.of("/api/v1/evaluations", "/api/v1/evaluations/report", "/api/v1/comparisons",
        "/api/v1/validations");
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ExecutorService pool = Executors.newFixedThreadPool(9);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Long> healthMillis = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Integer> healthStatus = new ConcurrentLinkedQueue<>();
    Future<?> health = pool.submit(() -> {
      while (running.get()) {
        long start = System.nanoTime();
        try {
          HttpResponse<String> h = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", TestKeys.AUTHORIZATION).timeout(Duration.ofSeconds(5))
              .build(), HttpResponse.BodyHandlers.ofString());
          healthStatus.add(h.statusCode());
        } catch (Exception e) {
          healthStatus.add(-1);
        }
        healthMillis.add((System.nanoTime() - start) / 1_000_000);
        Thread.sleep(50);
      }
      return null;
    });
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String route = routes.get(i % routes.size());
      answers.add(pool.submit(() -> {
        go.await();
        return HTTP.send(HttpRequest.newBuilder(uri(route)).header("Authorization", TestKeys.AUTHORIZATION).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
      }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<HttpResponse<String>> f : answers) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      if (r.statusCode() == 503) {
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("\"code\":\"overloaded\"");
      } else {
        assertThat(r.statusCode()).as(r.body().substring(0, Math.min(400, r.body().length()))).isEqualTo(200);
      }
    }
    running.set(false);
    health.get();
    pool.shutdown();
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    assertThat(statuses).as("no 500s; some served").doesNotContain(500).contains(200);
    assertThat(healthStatus).as("health answered every time").isNotEmpty().allMatch(s -> s == 200);
    assertThat(healthMillis).as("health within a second throughout").allMatch(ms -> ms < 1000);
    assertThat(Runtime.getRuntime().maxMemory() >> 20).as("the JVM's heap cap").isLessThanOrEqualTo(HEAP_BOUND_MB);
    System.out.printf("worst case: statuses %s, heap peak %d MB, slowest health %d ms%n", statuses, peak >> 20,
        healthMillis.stream().mapToLong(Long::longValue).max().orElse(0));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

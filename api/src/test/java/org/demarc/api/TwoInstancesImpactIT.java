package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demarc.registry.FlowRegistry;
import org.demarc.registry.ImpactStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two service instances on one PostgreSQL (embedded, started by the test): an analysis started on one is split
 * between both, and every flow is evaluated exactly once.
 */
class TwoInstancesImpactIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ConfigurableApplicationContext instance(String name, String jdbcUrl) {
    return new SpringApplicationBuilder(DemarcApplication.class).run(
        "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres", "--demarc.instance-name=" + name, "--demarc.job-threads=1",
        "--demarc.job-polling-millis=50", "--demarc.impact-chunk-size=10", "--management.server.port=-1");
  }

  private static int port(ConfigurableApplicationContext c) {
    return ((WebServerApplicationContext) c).getWebServer().getPort();
  }

  @Test
  void oneAnalysisIsSplitBetweenTwoInstancesAndEveryFlowEvaluatedOnce() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      ConfigurableApplicationContext a = instance("instance-a", url);
      ConfigurableApplicationContext b = instance("instance-b", url);
      try {
        String example = Files.readString(Path.of("..", "examples", "regional-care.json"));
        FlowRegistry flows = a.getBean(FlowRegistry.class);
        int count = 300;
        for (int i = 0; i < count; i++) {
          String id = String.format("two-%04d", i);
          flows.create(org.demarc.registry.TenantRegistry.INITIAL, id, "application/json", example.replace("\"id\": \"regional-care-1\"", "\"id\": \"" + id
              + "\""), List.of("hosp"));
        }
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(a)
            + "/api/v1/impact-analyses")).header("Authorization", TestKeys.AUTHORIZATION).POST(HttpRequest.BodyPublishers.ofString(
            "{\"from\":\"E2007_V2\",\"to\":\"E2008_V3\"}")).header("Content-Type", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = JSON.readTree(started.body()).get("id").asString();
        JsonNode state;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        do {
          Thread.sleep(100);
          // read through the other instance: the analysis lives in the shared database
          state = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(b) + location)).header("Authorization", TestKeys.AUTHORIZATION)
              .build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (!"DONE".equals(state.get("state").asString()) && Instant.now().isBefore(deadline));
        assertThat(state.get("state").asString()).isEqualTo("DONE");
        assertThat(state.at("/progress/total").asLong()).isEqualTo(count);
        assertThat(state.at("/progress/done").asLong()).isEqualTo(count);

        ImpactJobs ja = a.getBean(ImpactJobs.class);
        ImpactJobs jb = b.getBean(ImpactJobs.class);
        assertThat(ja.chunksRun()).as("instance a took chunks").isPositive();
        assertThat(jb.chunksRun()).as("instance b took chunks").isPositive();
        assertThat(ja.chunksRun() + jb.chunksRun()).as("each chunk run once").isEqualTo(count / 10);
        assertThat(ja.flowsEvaluated() + jb.flowsEvaluated()).as("each flow evaluated once").isEqualTo(count);
        ImpactStore store = a.getBean(ImpactStore.class);
        Set<String> workers = new HashSet<>();
        store.chunks(id).forEach(c -> workers.add(c.worker()));
        assertThat(workers).containsExactlyInAnyOrder("instance-a", "instance-b");
        Set<String> seen = new HashSet<>();
        store.eachResult(id, false, r -> assertThat(seen.add(r.flowId())).as("one result per flow").isTrue());
        assertThat(seen).hasSize(count);
      } finally {
        a.close();
        b.close();
      }
    }
  }
}

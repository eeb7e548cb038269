package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command that runs the service, as a user runs it after {@code mvn -B -DskipTests package}:
 * {@code bin/demarc-service} unpacks the jar, records its start-up archive from a training start on a scratch directory
 * of its own (removed afterwards, the user's data directory untouched), then starts the service on the data directory
 * given, which answers; SIGTERM stops it.
 */
class ServiceLauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path data;

  @TempDir
  Path tmp;

  @Test
  void theLauncherRecordsItsArchiveFromATrainingStartThenRunsTheService() throws Exception {
    Path service = ROOT.resolve("api/target/service");
    deleteTree(service); // as after a new build: unpacked again, the archive recorded again
    int port = freePort();
    Path log = tmp.resolve("service.log");
    Path scratch = Files.createDirectories(tmp.resolve("tmp"));
    ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/demarc-service").toString(), "--server.port=" + port,
        "--demarc.data-dir=" + data).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("TMPDIR", scratch.toString());
    pb.environment().remove("DEMARC_ADMIN_KEY");
    Process p = pb.start();
    try {
      assertThat(ready(port, p)).as(Files.readString(log)).isTrue();
      assertThat(Files.readString(log)).contains("recording the start-up archive");
      try (Stream<Path> files = Files.list(service)) {
        List<Path> archives = files.filter(f -> f.getFileName().toString().matches("demarc\\.\\d+\\.(aot|jsa)"))
            .toList();
        assertThat(archives).hasSize(1);
        assertThat(Files.size(archives.get(0))).isGreaterThan(10L << 20);
      }
      try (Stream<Path> left = Files.list(scratch)) {
        assertThat(left.map(f -> f.getFileName().toString())).as("the training start's directory is removed")
            .noneMatch(n -> n.startsWith("demarc-training"));
      }
      assertThat(get(port, "/login", null).statusCode()).isEqualTo(200);
      // the user's data directory holds the service's own first admin key, and no key of the training start
      String admin = Files.readString(data.resolve("initial-admin-key")).trim();
      HttpResponse<String> keys = get(port, "/api/v1/admin/api-keys", admin);
      assertThat(keys.statusCode()).isEqualTo(200);
      assertThat(keys.body()).contains("initial admin").doesNotContain("training run")
          .doesNotContain("DEMARC_ADMIN_KEY");
    } finally {
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  private static boolean ready(int port, Process p) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
    while (Instant.now().isBefore(deadline) && p.isAlive()) {
      try {
        if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static HttpResponse<String> get(int port, String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

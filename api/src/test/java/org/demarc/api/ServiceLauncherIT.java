package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command that runs the service, as a user runs it after {@code mvn -B -DskipTests package}:
 * {@code bin/demarc-service} unpacks the jar, records its start-up archive from a training start on a scratch directory
 * of its own (removed afterwards, the user's data directory untouched), then starts the service on the data directory
 * given, which answers; SIGTERM stops it. It starts from the bean definitions Spring AOT prepared when the jar was built,
 * and the settings read at start still apply there: a token issuer's key and an OIDC sign-in given on the command line
 * (which the build knew nothing of) are used. {@code DEMARC_SPRING_AOT=off} starts it Spring's usual way.
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
    KeyPair issuer = TestJwts.keyPair();
    Path pem = TestJwts.writePem(tmp.resolve("issuer.pub"), issuer.getPublic());
    String client = "--spring.security.oauth2.client.";
    ProcessBuilder pb = launcher(port, log,
        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem,
        "--demarc.security.tenant-claim=org",
        client + "registration.corp.client-id=demarc", client + "registration.corp.client-secret=secret",
        client + "registration.corp.client-name=Corp IdP", client + "registration.corp.scope=openid",
        client + "registration.corp.authorization-grant-type=authorization_code",
        client + "registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        client + "provider.corp.authorization-uri=https://idp.example/authorize",
        client + "provider.corp.token-uri=https://idp.example/token",
        client + "provider.corp.jwk-set-uri=https://idp.example/jwks");
    Path scratch = Path.of(pb.environment().get("TMPDIR"));
    Process p = pb.start();
    try {
      assertThat(ready(port, p)).as(Files.readString(log)).isTrue();
      assertThat(Files.readString(log)).contains("recording the start-up archive")
          .contains("Starting AOT-processed DemarcApplication");
      try (Stream<Path> files = Files.list(service)) {
        List<Path> archives = files
            .filter(f -> f.getFileName().toString().matches("demarc\\.\\d+\\.aot\\.(aot|jsa)")).toList();
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
      // settings given at start, unknown to the build: a token signed by the issuer's key is accepted, one signed by
      // another key is not; the sign-in page offers the OIDC provider, whose authorization endpoint it sends people to
      HttpResponse<String> flows = get(port, "/api/v1/flows", token(issuer, "default"));
      assertThat(flows.statusCode()).as(flows.body()).isEqualTo(200);
      KeyPair other = TestJwts.keyPair();
      assertThat(get(port, "/api/v1/flows", token(other, "default")).statusCode()).isEqualTo(401);
      assertThat(get(port, "/login", null).body()).contains("Corp IdP").contains("/oauth2/authorization/corp");
      HttpResponse<String> sso = get(port, "/oauth2/authorization/corp", null);
      assertThat(sso.statusCode()).isEqualTo(302);
      assertThat(sso.headers().firstValue("Location").orElse("")).startsWith("https://idp.example/authorize?");
    } finally {
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  @Test
  void itStartsSpringsUsualWayWhenAskedTo() throws Exception {
    int port = freePort();
    Path log = tmp.resolve("service.log");
    ProcessBuilder pb = launcher(port, log);
    pb.environment().put("DEMARC_SPRING_AOT", "maybe");
    Process refused = pb.start();
    assertThat(refused.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(refused.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log)).contains("DEMARC_SPRING_AOT is on or off, not maybe");
    pb.environment().put("DEMARC_SPRING_AOT", "off");
    Process p = pb.start();
    try {
      assertThat(ready(port, p)).as(Files.readString(log)).isTrue();
      assertThat(Files.readString(log)).contains("Starting DemarcApplication")
          .doesNotContain("AOT-processed");
      try (Stream<Path> files = Files.list(ROOT.resolve("api/target/service"))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .anyMatch(n -> n.matches("demarc\\.\\d+\\.plain\\.(aot|jsa)"));
      }
      assertThat(get(port, "/login", null).statusCode()).isEqualTo(200);
    } finally {
      p.destroy();
      assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  @Test
  void itRunsOnPostgresqlAsTheReadmeSays() throws Exception {
    // the production database, named at start: Flyway, the registry's queries (prepared when the jar was built), the
    // job library and the decision log all on PostgreSQL
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      int port = freePort();
      Path log = tmp.resolve("service.log");
      String admin = "launcher-test-admin-key-0123456789";
      ProcessBuilder pb = launcher(port, log, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
      pb.environment().put("DEMARC_ADMIN_KEY", admin);
      Process p = pb.start();
      try {
        assertThat(ready(port, p)).as(Files.readString(log)).isTrue();
        assertThat(Files.readString(log)).contains("Starting AOT-processed DemarcApplication")
            .contains("jdbc:postgresql");
        HttpResponse<String> made = send(port, "POST", "/api/v1/admin/api-keys", admin,
            "{\"name\":\"launcher test\",\"roles\":[\"architect\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String architect = m.group(1);
        String flow = Files.readString(ROOT.resolve("examples/regional-care.json"));
        HttpResponse<String> stored = send(port, "POST", "/api/v1/flows", architect, flow);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        HttpResponse<String> evaluated = send(port, "POST", "/api/v1/flows/regional-care-1/evaluations", architect,
            "");
        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
        HttpResponse<String> decisions = get(port, "/api/v1/decisions?flowId=regional-care-1", architect);
        assertThat(decisions.statusCode()).as(decisions.body()).isEqualTo(200);
        assertThat(decisions.body()).contains("regional-care-1");
        HttpResponse<String> started = send(port, "POST", "/api/v1/impact-analyses", architect,
            "{\"from\":\"E2007_V2\",\"to\":\"E2008_V3\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String state;
        do {
          Thread.sleep(200);
          state = get(port, location, architect).body();
        } while (!state.contains("\"DONE\"") && Instant.now().isBefore(deadline));
        assertThat(state).contains("\"DONE\"").contains("regional-care-1");
      } finally {
        p.destroy();
        assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
      }
    }
  }

  /**
   * {@code bin/demarc-service} as the README runs it, on PORT with the test's data directory and ARGS, its output in
   * LOG, the test's Java, a scratch TMPDIR, no admin key from the environment, Spring AOT as by default.
   */
  private ProcessBuilder launcher(int port, Path log, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("bin/demarc-service").toString(),
        "--server.port=" + port, "--demarc.data-dir=" + data));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("tmp")).toString());
    pb.environment().remove("DEMARC_ADMIN_KEY");
    pb.environment().remove("DEMARC_SPRING_AOT");
    return pb;
  }

  private static HttpResponse<String> send(int port, String method, String path, String key, String body)
      throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token(KeyPair keys, String tenant) throws Exception {
    return TestJwts.sign(keys, new JWTClaimsSet.Builder().subject("alice@hospital.example").claim("org", tenant)
        .claim("roles", List.of("architect")).issueTime(new Date())
        .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build());
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

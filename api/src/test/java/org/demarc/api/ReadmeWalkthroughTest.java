package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the README's curl walkthrough as written (only the port changes) and checks its # expect: lines. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "demarc.test-keys=false")
class ReadmeWalkthroughTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @LocalServerPort
  int port;

  /** A fresh registry for each run: the walkthrough stores the example flow under its fixed id. */
  @org.springframework.test.context.DynamicPropertySource
  static void freshDataDirectory(org.springframework.test.context.DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("demarc-walkthrough");
    dataDir = dir;
    registry.add("demarc.data-dir", dir::toString);
  }

  /** Where this run's service keeps its data (the README's {@code data/}, the service's default). */
  private static Path dataDir;

  @Test
  void curlWalkthroughWorksAsWritten() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).contains("curl ")) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    for (String block : blocks) {
      List<String> expectations = block.lines().filter(l -> l.startsWith("# expect: "))
          .map(l -> l.substring("# expect: ".length())).toList();
      assertThat(expectations).as("every curl block says what to expect:\n" + block).isNotEmpty();
      String output = run(block.replace("localhost:8080", "localhost:" + port)
          .replace("data/initial-admin-key", dataDir.resolve("initial-admin-key").toString()));
      for (String expected : expectations) {
        assertThat(output).as(block).contains(expected);
      }
    }
  }

  @Test
  void theFirstStartWritesAnAdminKeyOnlyItsOwnerCanRead() throws Exception {
    Path file = dataDir.resolve("initial-admin-key");
    assertThat(file).exists();
    assertThat(java.nio.file.Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    String key = Files.readString(file).trim();
    assertThat(key).startsWith("dmk_").hasSize(47);
    java.net.http.HttpResponse<String> keys = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/admin/api-keys"))
            .header("Authorization", "Bearer " + key).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(keys.statusCode()).isEqualTo(200);
    assertThat(keys.body()).contains("initial admin").doesNotContain(key);
  }

  @Test
  void exampleFileMatchesTheOpenApiExample() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode file = json.readTree(Files.readString(ROOT.resolve("examples/regional-care.json")));
    assertThat(file).isEqualTo(json.readTree(ApiExamples.FLOW));
    assertThat(Files.readString(ROOT.resolve("examples/consignment-leased-line.yaml")))
        .isEqualTo(ApiExamples.FLOW_YAML);
  }

  private static String run(String script) throws IOException, InterruptedException {
    // Output goes to a file: a large response would fill a pipe and block the process.
    Path out = Files.createTempFile("readme-walkthrough", ".out");
    try {
      Process p = new ProcessBuilder("bash", "-c", script).directory(ROOT.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + script);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}

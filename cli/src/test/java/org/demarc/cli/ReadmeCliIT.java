package org.demarc.cli;

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

/**
 * Runs the README's command-line walkthrough as a new user would, after packaging: each block in bash from the
 * repository root, with the repository's {@code bin} (the {@code demarc} launcher) on PATH, checking its expect lines.
 */
class ReadmeCliIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @Test
  void commandLineWalkthroughWorksAsWritten() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).lines().anyMatch(l -> l.startsWith("demarc ") || l.contains("| demarc "))) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    for (String block : blocks) {
      List<String> expectations = block.lines().filter(l -> l.startsWith("# expect: "))
          .map(l -> l.substring("# expect: ".length())).toList();
      assertThat(expectations).as("every demarc block says what to expect:\n" + block).isNotEmpty();
      String output = run(block);
      for (String expected : expectations) {
        assertThat(output).as(block).contains(expected);
      }
    }
  }

  private static String run(String script) throws IOException, InterruptedException {
    Path out = Files.createTempFile("readme-cli", ".out");
    try {
      ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(ROOT.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile());
      pb.environment().put("PATH", ROOT.resolve("bin") + ":" + System.getenv("PATH"));
      pb.environment().put("LANG", "C.UTF-8");
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + script);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}

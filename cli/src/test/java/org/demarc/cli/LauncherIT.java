package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The launcher {@code bin/demarc} on each Java runtime it supports, after packaging: the first run records the
 * start-up archive of that runtime (a class-data-sharing archive before Java 25, an ahead-of-time cache from 25 on),
 * later runs use it without recording it again, and every runtime gives the same answer.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TARGET = ROOT.resolve("cli/target");
  private static final Pattern FEATURE = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  @Test
  void theDefaultRuntimeRecordsItsArchiveOnceAndUsesIt() throws Exception {
    Path home = Path.of(System.getProperty("java.home"));
    int feature = feature(home).orElseThrow();
    String kind = feature >= 25 ? ".aot" : ".jsa";
    deleteArchives(kind);
    Run first = run(home);
    List<Path> archives = archives(kind);
    assertThat(archives).as("the first run records one archive for the runtime").hasSize(1);
    Path archive = archives.get(0);
    FileTime recorded = Files.getLastModifiedTime(archive);
    Run second = run(home);
    assertThat(Files.getLastModifiedTime(archive)).as("the second run uses the archive, not records it again")
        .isEqualTo(recorded);
    assertThat(second).isEqualTo(first);
    assertThat(first.output()).contains("\"verdict\"").contains("G-6.11-B3-09");
  }

  @Test
  void javaTwentyFiveOrLaterGetsAnAheadOfTimeCacheAndTheSameAnswer() throws Exception {
    Optional<Path> newer = runtimes().filter(home -> feature(home).orElse(0) >= 25).findFirst();
    Assumptions.assumeTrue(newer.isPresent(),
        "no Java 25+ runtime under /usr/lib/jvm or in DEMARC_TEST_JAVA_HOMES: the ahead-of-time cache is not tried");
    Run onSeventeen = run(Path.of(System.getProperty("java.home")));
    deleteArchives(".aot");
    Run first = run(newer.get());
    List<Path> caches = archives(".aot");
    assertThat(caches).hasSize(1);
    Path cache = caches.get(0);
    FileTime recorded = Files.getLastModifiedTime(cache);
    Run second = run(newer.get());
    assertThat(Files.getLastModifiedTime(cache)).isEqualTo(recorded);
    assertThat(first).isEqualTo(onSeventeen);
    assertThat(second).isEqualTo(onSeventeen);
  }

  private record Run(int exit, String output) {}

  /** bin/demarc evaluate of the typical flow as JSON with JAVA_HOME set to home. */
  private static Run run(Path home) throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    try {
      ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/demarc").toString(), "evaluate",
          "examples/regional-care.json", "--format", "json").directory(ROOT.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile());
      Map<String, String> env = pb.environment();
      env.put("JAVA_HOME", home.toString());
      env.remove("DEMARC_JAVA_OPTS");
      env.remove("DEMARC_JAR");
      Process p = pb.start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out on " + home);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The launcher's archives of the kind (file name suffix) in cli/target. */
  private static List<Path> archives(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(TARGET)) {
      return files.filter(f -> f.getFileName().toString().startsWith("demarc-cli.")
          && f.getFileName().toString().endsWith(suffix)).toList();
    }
  }

  private static void deleteArchives(String suffix) throws IOException {
    for (Path archive : archives(suffix)) {
      Files.delete(archive);
    }
  }

  /** Java homes on this machine: DEMARC_TEST_JAVA_HOMES (colon-separated) first, then /usr/lib/jvm's. */
  private static Stream<Path> runtimes() throws IOException {
    List<Path> homes = new ArrayList<>();
    String listed = System.getenv("DEMARC_TEST_JAVA_HOMES");
    if (listed != null) {
      for (String home : listed.split(":")) {
        if (!home.isBlank()) {
          homes.add(Path.of(home));
        }
      }
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> dirs = Files.list(jvms)) {
        dirs.sorted().forEach(homes::add);
      }
    }
    return homes.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")));
  }

  /** The feature release a runtime's release file names. */
  private static Optional<Integer> feature(Path home) {
    try {
      Matcher m = FEATURE.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

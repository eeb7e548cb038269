package org.demarc.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the scenario files under {@code scenarios/} on the test class path. */
final class Scenarios {
  static final YAMLMapper STRICT = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private Scenarios() {}

  static List<Path> files() {
    return files("scenarios");
  }

  /** The YAML files under a folder of the test class path, sorted. */
  static List<Path> files(String folder) {
    try {
      Path root = Path.of(Scenarios.class.getClassLoader().getResource(folder).toURI());
      try (Stream<Path> s = Files.walk(root)) {
        return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Scenario read(Path file) {
    Scenario s = STRICT.readValue(file.toFile(), Scenario.class);
    if (s.description() == null || s.editions() == null || s.editions().isEmpty() || s.given() == null
        || s.expect() == null) {
      throw new IllegalArgumentException(file + ": description, editions, given and expect are required");
    }
    return s;
  }
}

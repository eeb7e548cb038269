package org.demarc.api;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds a worked example of every kind of flow to each operation that takes a flow, read from the example files the
 * build copies into the jar (the README walkthrough runs the same files), so the document and the README cannot
 * drift apart.
 */
@Configuration
class FlowKindExamples {
  /** Example name → file under examples/ on the class path; JSON files go to JSON bodies, YAML to YAML bodies. */
  static final Map<String, String> FILES = Map.of(
      "exchange: regional care over the internet", "regional-care.json",
      "exchange: one-to-many over separate lines from a hub", "hub-and-spoke.yaml",
      "staff access: a physician at home through a VPN", "staff-access-home.json",
      "patient access: a patient portal over TLS", "patient-portal.json",
      "remote maintenance: a vendor's shared, always-on login", "remote-maintenance.yaml",
      "break-glass: emergency access after an earthquake", "break-glass.json",
      "external storage: backups encrypted with the hospital's own keys", "own-key-storage.json",
      "take-out: a USB stick taken home", "usb-stick-home.json");

  private static final String FLOW_SCHEMA = "#/components/schemas/DataFlow";

  @Bean
  OpenApiCustomizer flowKindExampleCustomizer() {
    Map<String, Example> json = new LinkedHashMap<>();
    Map<String, Example> yaml = new LinkedHashMap<>();
    FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String text = read(e.getValue());
      if (e.getValue().endsWith(".json")) {
        json.put(e.getKey(), new Example().summary(e.getKey()).value(parse(text, false)));
      } else {
        yaml.put(e.getKey(), new Example().summary(e.getKey()).value(parse(text, true)));
      }
    });
    return openApi -> openApi.getPaths().values().stream()
        .map(PathItem::getPost)
        .filter(op -> op != null && op.getRequestBody() != null && op.getRequestBody().getContent() != null)
        .forEach(op -> addTo(op, json, yaml));
  }

  private static void addTo(Operation op, Map<String, Example> json, Map<String, Example> yaml) {
    op.getRequestBody().getContent().forEach((type, media) -> {
      if (!takesAFlow(media)) {
        return;
      }
      Map<String, Example> examples = type.contains("yaml") ? yaml : json;
      if (media.getExample() == null) {
        examples.forEach(media::addExamples);
      }
    });
  }

  private static boolean takesAFlow(MediaType media) {
    return media.getSchema() != null && FLOW_SCHEMA.equals(media.getSchema().get$ref());
  }

  /** The example as a tree in swagger's own mapper, so the document writes it as an object. */
  private static Object parse(String text, boolean yaml) {
    try {
      return yaml ? Yaml.mapper().readTree(text) : Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String file) {
    try (InputStream in = FlowKindExamples.class.getClassLoader().getResourceAsStream("examples/" + file)) {
      if (in == null) {
        throw new IllegalStateException("example file missing from the jar: examples/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

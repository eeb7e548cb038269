package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demarc.model.result.Basis;
import org.demarc.model.result.ChecklistStatus;
import org.demarc.model.result.ContractVerdict;
import org.demarc.model.result.ControlStatus;
import org.demarc.model.result.FindingKind;
import org.demarc.model.result.Strength;
import org.demarc.model.result.Threat;
import org.demarc.model.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The web app speaks Japanese and English throughout: both bundles hold the same keys, every message key a template
 * names exists in both, and every enum value a page labels has a label in both.
 */
class WebMessagesTest {
  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "web");
  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WebMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHoldTheSameKeys() throws IOException {
    Properties en = load("/i18n/web.properties");
    Properties ja = load("/i18n/web_ja.properties");
    assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
  }

  /**
   * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
   * part: "the guideline's {0}" would show "{0}" itself. Each apostrophe there is written twice.
   */
  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String bundle : List.of("/i18n/web.properties", "/i18n/web_ja.properties")) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        if (text.matches("(?s).*\\{\\d+[^}]*}.*") && text.replace("''", "").contains("'")) {
          wrong.add(bundle + " " + key);
        }
      }
    }
    assertThat(wrong).as("messages with arguments and a single apostrophe").isEmpty();
  }

  @Test
  void everyKeyATemplateNamesExistsInBoth() throws IOException {
    Properties en = load("/i18n/web.properties");
    Properties ja = load("/i18n/web_ja.properties");
    Properties reportEn = load("/org/demarc/report/labels.properties");
    Properties reportJa = load("/org/demarc/report/labels_ja.properties");
    List<String> missing = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path f : files.toList()) {
        Matcher m = KEY.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    for (String k : used) {
      if (!(en.containsKey(k) || reportEn.containsKey(k)) || !(ja.containsKey(k) || reportJa.containsKey(k))) {
        missing.add(k);
      }
    }
    // the keys templates build from enum values
    List<String> built = new ArrayList<>();
    for (Strength s : Strength.values()) {
      built.add("strength." + s);
    }
    for (Basis b : Basis.values()) {
      built.add("basis." + b);
    }
    for (String r : List.of("architect", "procurement", "auditor", "admin")) {
      built.add("role." + r);
    }
    for (String s : List.of("RUNNING", "DONE", "FAILED")) {
      built.add("impact.state." + s);
    }
    for (Enum<?>[] values : List.<Enum<?>[]>of(Verdict.values(), Threat.values(), ControlStatus.values(),
        FindingKind.values(), ChecklistStatus.values(), ContractVerdict.values())) {
      for (Enum<?> v : values) {
        String k = v.getDeclaringClass().getSimpleName() + "." + v.name();
        if (!reportEn.containsKey(k) || !reportJa.containsKey(k)) {
          missing.add(k);
        }
      }
    }
    for (String name : List.of("FlowKind", "FlowPurpose", "LegalForm", "ConsentBasis", "Direction", "PartyRole",
        "NetworkType", "ChannelProtocol", "TamperDetection", "AuthMethod", "ControlType", "EvidenceStatus")) {
      for (String v : WebEnums.values(name)) {
        built.add("enum." + name + "." + v);
      }
    }
    for (String k : built) {
      if (!(en.containsKey(k) || reportEn.containsKey(k)) || !(ja.containsKey(k) || reportJa.containsKey(k))) {
        missing.add(k);
      }
    }
    assertThat(missing).as("message keys without a text in English and Japanese").isEmpty();
  }
}

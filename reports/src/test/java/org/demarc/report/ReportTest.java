package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.demarc.engine.DemarcEngine;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.Party;
import org.demarc.model.Segment;
import org.demarc.model.result.EvaluationResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reports of every scenario flow: valid HTML whose SVG shows every party and segment, and Markdown, text, SARIF. */
class ReportTest {
  private static final DemarcEngine ENGINE = DemarcEngine.create();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Path SCENARIOS = Path.of("..", "rules-engine", "src", "test", "resources", "scenarios");

  record Case(String name, DataFlow flow, Edition edition) {
    @Override
    public String toString() {
      return name + " @ " + edition;
    }
  }

  static Stream<Case> scenarios() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path p : files.sorted().toList()) {
        JsonNode node = YAML.readTree(Files.readString(p));
        DataFlow flow = YAML.treeToValue(node.get("given"), DataFlow.class);
        for (JsonNode e : node.get("editions")) {
          cases.add(new Case(p.getFileName().toString(), flow, Edition.valueOf(e.asString())));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void htmlIsValidAndItsDiagramShowsEveryPartyAndSegment(Case c) throws Exception {
    EvaluationResult result = ENGINE.evaluate(c.flow(), c.edition());
    for (String language : List.of("ja", "en")) {
      String html = Report.evaluation(c.flow(), result, language).html();
      Document doc = parseStrictly(html);
      assertThat(doc.select("html").attr("lang")).isEqualTo(language);
      assertThat(doc.select("script, link, img[src^=http]")).as("self-contained").isEmpty();
      if (c.flow().segments() == null || c.flow().segments().isEmpty()) {
        continue;
      }
      Element svg = doc.selectFirst("figure > svg");
      assertThat(svg).as("diagram").isNotNull();
      for (Party p : c.flow().parties()) {
        assertThat(svg.select("text[data-ref=party " + p.id() + "]")).as("party %s", p.id()).isNotEmpty();
      }
      for (Segment s : c.flow().segments()) {
        assertThat(svg.select("text[data-ref=segment " + s.id() + "]")).as("segment %s", s.id()).hasSize(1);
      }
      // one row per line where the path branches, each with its points
      List<List<Integer>> lines = c.flow().branches();
      assertThat(svg.select("rect[transform]")).as("demarcation points").hasSize(lines == null
          ? c.flow().segments().size() + 1 : lines.stream().mapToInt(l -> l.size() + 1).sum());
      // the findings table carries every finding's rule id and strength
      for (var f : result.findings()) {
        assertThat(doc.select("table td code").eachText()).contains(f.ruleId());
      }
    }
  }

  /**
   * The report shows, segment by segment, whether the data itself travels encrypted; it must read the flow the way the
   * engine does (B2-03, B3-08, B3-09 judge the segment's object encryption from its exposure): {@link ShownEncryption}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void thePathShowsTheDataEncryptedExactlyWhereTheEngineJudgedIt(Case c) {
    ShownEncryption.agreesWithTheEngine(c.flow(), ENGINE.evaluate(c.flow(), c.edition()));
  }

  @Test
  void dataIsShownUnknownWhenTheFlowDoesNotSayHowItIsProtected() throws Exception {
    DataFlow flow = YAML.readValue(Files.readString(Path.of("..", "examples", "consignment-leased-line.yaml")),
        DataFlow.class);
    DataFlow unknown = new DataFlow(flow.id(), flow.description(), flow.purpose(), flow.legalForm(), flow.consent(),
        flow.direction(), flow.data(), flow.parties(), flow.provider(), flow.recipients(), flow.segments(), null,
        flow.endAuthentication(), flow.remoteLogins(), flow.inPlace(), flow.takeOut(), flow.emergency(), flow.kind(),
        flow.accessedBy());
    for (int i = 0; i < unknown.segments().size(); i++) {
      assertThat(Exposures.encryptedOn(unknown, i)).as("not given: neither plaintext nor ciphertext").isNull();
    }
    String text = Report.evaluation(unknown, ENGINE.evaluate(unknown, Edition.E2008_V3), "en").text();
    assertThat(text).doesNotContain("plaintext").doesNotContain("ciphertext");
  }

  /** Parses as HTML5 reporting every parse error, and as XML. */
  static Document parseStrictly(String html) throws Exception {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    assertThat(html).startsWith("<!DOCTYPE html>");
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    return doc;
  }

  @Test
  void diagramMarksEncryptionResponsibilityAndPlaintextSegments() throws Exception {
    DataFlow flow = YAML.readValue(Files.readString(SCENARIOS.resolve("agreements-not-declared.yaml")), JsonNode.class)
        .get("given").traverse(YAML._deserializationContext()).readValueAs(DataFlow.class);
    EvaluationResult r = ENGINE.evaluate(flow, Edition.E2008_V3);
    Document doc = parseStrictly(Report.evaluation(flow, r, "en").html());
    Element svg = doc.selectFirst("svg");
    assertThat(svg.select("g.encrypts text").text()).isEqualTo("encrypts");
    assertThat(svg.select("g.decrypts text").text()).isEqualTo("decrypts");
    // hosp encrypts and clinic decrypts at the ends: every segment carries encrypted data
    assertThat(svg.select("rect[fill=#2da44e]")).hasSize(3);
    assertThat(svg.select("text").eachText()).anyMatch(t -> t.equals("eavesdropping: clinic, hosp · exempt: carrier"));
  }

  @Test
  void aKeySentWithTheDataIsShownBesideTheEncryptedData() throws Exception {
    // a password ZIP mailed with its password: the rules read each internet provider as handling the plaintext
    // (G-6.11-B1-11) and ask the key to go separately (G-6.11-B2-03), so the path must not show the data as simply
    // encrypted; with the key delivered by PKI it is
    JsonNode given = YAML.readTree(Files.readString(SCENARIOS.resolve("password-zip-mailed-with-its-password.yaml")))
        .get("given");
    DataFlow sameChannel = YAML.treeToValue(given, DataFlow.class);
    ((tools.jackson.databind.node.ObjectNode) given.get("objectSecurity")).put("keyDelivery", "PKI");
    DataFlow pki = YAML.treeToValue(given, DataFlow.class);
    int segments = sameChannel.segments().size();
    String en = Report.evaluation(sameChannel, ENGINE.evaluate(sameChannel, Edition.E2008_V3), "en").text();
    assertThat(en.lines().filter(l -> l.contains("Data on the segment: data encrypted, its key sent with it")))
        .hasSize(segments);
    String ja = Report.evaluation(sameChannel, ENGINE.evaluate(sameChannel, Edition.E2008_V3), "ja").text();
    assertThat(ja.lines().filter(l -> l.contains("情報は暗号化（鍵も同じ経路で送付）"))).hasSize(segments);
    Document html = parseStrictly(Report.evaluation(sameChannel, ENGINE.evaluate(sameChannel, Edition.E2008_V3), "en")
        .html());
    assertThat(html.selectFirst("svg").select("text").eachText())
        .filteredOn(t -> t.endsWith("data encrypted, its key sent with it")).hasSize(segments);
    String separately = Report.evaluation(pki, ENGINE.evaluate(pki, Edition.E2008_V3), "en").text();
    assertThat(separately).doesNotContain("key sent with it");
    assertThat(separately.lines().filter(l -> l.endsWith("Data on the segment: data encrypted"))).hasSize(segments);
  }

  @Test
  void eachControlIsCitedWithTheBasisOfTheVariantThatAsksIt() throws Exception {
    // G-6.11-B1-11 asks the sender's mail service, which runs a segment in plaintext, on the guideline's own words, and
    // the mail server written only as a channel's end on Demarc's reading: only the second is labelled a reading
    DataFlow flow = YAML.readValue(Files.readString(SCENARIOS.resolve("mail-server-written-only-as-the-channels-end.yaml")),
        JsonNode.class).get("given").traverse(YAML._deserializationContext()).readValueAs(DataFlow.class);
    String text = Report.evaluation(flow, ENGINE.evaluate(flow, Edition.E2008_V3), "en").text();
    List<String> entrustment = text.lines().filter(l -> l.contains("a personal-information entrustment contract")
        && l.contains("Party: ")).toList();
    assertThat(entrustment).anySatisfy(l -> assertThat(l).contains("Party: mail1").doesNotContain("interpretation"));
    assertThat(entrustment).anySatisfy(l -> assertThat(l).contains("Party: mail2")
        .contains("[Demarc's interpretation, not guideline text]"));
  }

  @Test
  void aSegmentsPointsAreShownOnlyAsFarAsTheFlowNamesThem() throws Exception {
    DataFlow named = JsonMapper.builder().build().readValue(
        Files.readString(Path.of("..", "examples", "regional-care.json")), DataFlow.class);
    Segment first = named.segments().get(0);
    assertThat(first.fromPoint()).isNotNull();
    assertThat(Report.evaluation(named, ENGINE.evaluate(named, Edition.E2008_V3), "en").text())
        .contains(first.fromPoint() + " → " + first.toPoint());
    DataFlow unnamed = YAML.readValue(Files.readString(Path.of("..", "examples", "consignment-leased-line.yaml")),
        DataFlow.class);
    assertThat(unnamed.segments().get(0).fromPoint()).isNull();
    String text = Report.evaluation(unnamed, ENGINE.evaluate(unnamed, Edition.E2008_V3), "en").text();
    assertThat(text).contains("* s1;").doesNotContain(" → ;").doesNotContain(":  → ");
  }

  @Test
  void markdownAndTextCarryTheFindingsWithCitations() throws Exception {
    DataFlow flow = JsonMapper.builder().build().readValue(Files.readString(Path.of("..", "examples", "regional-care.json")),
        DataFlow.class);
    EvaluationResult r = ENGINE.evaluate(flow, Edition.E2007_V2);
    String md = Report.evaluation(flow, r, "ja").markdown();
    assertThat(md).startsWith("# Demarc レポート: regional-care-1").contains("## 指摘事項").contains("| `G-6.11-B1-09` |")
        .contains("第2版 6.10").contains("![").contains("data:image/svg+xml;base64,");
    String text = Report.evaluation(flow, r, "en").text();
    assertThat(text).contains("Verdict: non-compliant (NON_COMPLIANT)").contains("G-6.11-B1-09");
  }

  @Test
  void everyLabelExistsInBothLanguages() {
    ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en = ResourceBundle.getBundle("org.demarc.report.labels", Locale.ROOT, noFallback);
    ResourceBundle ja = ResourceBundle.getBundle("org.demarc.report.labels", Locale.JAPANESE, noFallback);
    assertThat(ja.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    for (String key : ja.keySet()) {
      assertThat(ja.getString(key)).as(key).isNotEqualTo(en.getString(key)).isNotBlank();
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void sarifNamesEachOpenItemOnItsLineWithItsRule() throws Exception {
    String source = Files.readString(Path.of("..", "examples", "regional-care.json"));
    DataFlow flow = JsonMapper.builder().build().readValue(source, DataFlow.class);
    EvaluationResult r = ENGINE.evaluate(flow, Edition.E2008_V3);
    List<OpenItem> open = OpenItem.of(r);
    assertThat(open).isNotEmpty();
    Map<String, Object> log = Sarif.log(open, "examples/regional-care.json", p -> p.startsWith("/recipients") ? 13 : 1,
        "en", "1.0", Map.of("verdict", r.verdict().name()));
    JsonNode sarif = JsonMapper.builder().build().valueToTree(log);
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(run.get("results")).hasSize(open.size());
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
      assertThat(result.get("level").asString()).isIn("error", "warning", "note");
      assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
          .isPositive();
      assertThat(result.get("message").get("text").asString()).contains("[Edition 3 draft");
    }
    long errors = open.stream().filter(o -> o.level() == OpenItem.Level.MUST).count();
    assertThat(run.get("results").valueStream().filter(x -> x.get("level").asString().equals("error")).count())
        .isEqualTo(errors);
  }

  /**
   * A point for review is counted once: the patient portal's open network leaves the encryption of the information
   * itself to review under B2-03 and B3-09, and each is one open item (the control, with its finding's message), not a
   * control and a finding.
   */
  @Test
  void eachPointForReviewIsOneOpenItem() throws Exception {
    DataFlow flow = JsonMapper.builder().build().readValue(
        Files.readString(Path.of("..", "examples", "patient-portal.json")), DataFlow.class);
    EvaluationResult r = ENGINE.evaluate(flow, Edition.E2008_V3);
    List<OpenItem> review = OpenItem.of(r).stream().filter(o -> o.level() == OpenItem.Level.REVIEW).toList();
    assertThat(review).extracting(OpenItem::ruleId).containsExactlyInAnyOrder("G-6.11-B2-03", "G-6.11-B3-09");
    for (OpenItem o : review) {
      var control = r.controls().stream().filter(c -> c.id().equals(o.id())).findFirst();
      assertThat(control).as("%s is the control", o.id()).isPresent();
      assertThat(o.message().en()).contains(r.findingsById().get(control.get().findingId()).message().en());
    }
    assertThat(Report.evaluation(flow, r, "en").text()).contains("Open items: 0 must, 1 should, 2 for human review");
  }
}

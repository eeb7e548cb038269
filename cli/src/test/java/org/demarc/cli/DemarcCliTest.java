package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.demarc.engine.DemarcEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The CLI as a pipeline runs it: files in, a report out, exit code by the --fail-on level. */
class DemarcCliTest {
  private static final DemarcEngine ENGINE = DemarcEngine.create();
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path SCENARIOS = Path.of("..", "rules-engine", "src", "test", "resources", "scenarios");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    return runWith(Map.of(), stdin, args);
  }

  private static Run runStream(java.io.InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DemarcCli.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), () -> ENGINE);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run runWith(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DemarcCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env,
        () -> ENGINE);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  private static String exampleText(String name) {
    try {
      return java.nio.file.Files.readString(EXAMPLES.resolve(name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ----- exit codes on the scenario files

  record Scenario(String name, String flowYaml, String edition, String verdict) {
    @Override
    public String toString() {
      return name + " @ " + edition;
    }
  }

  static Stream<Scenario> scenarios() throws IOException {
    List<Scenario> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path p : files.sorted().toList()) {
        JsonNode s = YAML.readTree(Files.readString(p));
        for (JsonNode e : s.get("editions")) {
          out.add(new Scenario(p.getFileName().toString(), YAML.writeValueAsString(s.get("given")), e.asString(),
              s.at("/expect/verdict").asString(null)));
        }
      }
    }
    return out.stream();
  }

  /**
   * On every scenario: the CLI's verdict is the scenario's, and the exit code follows what is open, derived here from
   * the JSON independently of the CLI: --fail-on must fails on a MUST control missing, planned or unknown, a
   * prohibition, a fact a MUST rule needs, or an uncovered part; should also on a SHOULD control not in place, a fact
   * only a SHOULD rule needs, or a point for human review; never does not fail.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void exitCodesFollowTheFailOnLevel(Scenario s) {
    Run must = run(s.flowYaml(), "evaluate", "-", "--edition", s.edition(), "--format", "json");
    JsonNode result = JSON.readTree(must.out());
    if (s.verdict() != null) {
      assertThat(result.get("verdict").asString()).isEqualTo(s.verdict());
    }
    boolean mustOpen = false;
    boolean shouldOpen = false;
    for (JsonNode c : result.get("controls")) {
      if (List.of("MISSING", "PLANNED", "UNKNOWN").contains(c.get("status").asString())) {
        String strength = c.get("strength").asString();
        // a MUST control missing where the guideline leaves the need to judgement is a point for review
        boolean judgement = strength.equals("MUST") && c.get("status").asString().equals("MISSING")
            && c.path("effectIfMissing").asString("").equals("CONDITION");
        mustOpen |= !judgement && (strength.equals("MUST") || strength.equals("PROHIBIT"));
        shouldOpen |= strength.equals("SHOULD") || judgement;
      }
    }
    for (JsonNode f : result.get("findings")) {
      String kind = f.get("kind").asString();
      boolean recommendation = result.at("/rules/" + f.get("ruleId").asString() + "/strength").asString()
          .equals("SHOULD");
      mustOpen |= kind.equals("PROHIBITION") || kind.equals("NOT_COVERED") || kind.equals("MISSING_FACT") && !recommendation;
      shouldOpen |= kind.equals("MISSING_FACT") && recommendation;
      shouldOpen |= kind.equals("NEEDS_HUMAN_REVIEW") || f.get("needsHumanReview").asBoolean();
    }
    assertThat(must.exit()).as(must.err()).isEqualTo(mustOpen ? DemarcCli.FINDINGS : DemarcCli.OK);
    String verdict = result.get("verdict").asString();
    if (List.of("NON_COMPLIANT", "PROHIBITED", "INSUFFICIENT_INFORMATION", "NOT_COVERED_BY_EDITION").contains(verdict)) {
      assertThat(must.exit()).isEqualTo(DemarcCli.FINDINGS);
    }
    if (verdict.equals("COMPLIANT")) {
      assertThat(must.exit()).isEqualTo(DemarcCli.OK);
    }
    Run should = run(s.flowYaml(), "evaluate", "-", "--edition", s.edition(), "--format", "json", "--fail-on", "should");
    assertThat(should.exit()).isEqualTo(mustOpen || shouldOpen ? DemarcCli.FINDINGS : DemarcCli.OK);
    assertThat(run(s.flowYaml(), "evaluate", "-", "--edition", s.edition(), "--fail-on", "never").exit())
        .isEqualTo(DemarcCli.OK);
  }

  // ----- the shipped examples, every format

  @Test
  void evaluatesAnExampleAsTextInEnglishOrJapanese() {
    Run r = run("", "evaluate", example("regional-care.json"), "--edition", "E2007_V2");
    assertThat(r.exit()).as(r.err()).isEqualTo(DemarcCli.FINDINGS);
    assertThat(r.out()).contains("Verdict: non-compliant (NON_COMPLIANT)").contains("Edition 2, 6.10 B-1")
        .contains("G-6.11-B1-09");
    Run ja = runWith(Map.of("LANG", "ja_JP.UTF-8"), "", "evaluate", example("regional-care.json"));
    assertThat(ja.out()).contains("判定: 不適合 (NON_COMPLIANT)").contains("第3版改正案");
    Run en = runWith(Map.of("LANG", "ja_JP.UTF-8"), "", "evaluate", example("regional-care.json"), "--lang", "en");
    assertThat(en.out()).contains("Verdict: non-compliant");
  }

  @Test
  void writesASelfContainedHtmlReportWhoseDiagramShowsEveryPartyAndSegment(@TempDir Path dir) throws Exception {
    for (String name : List.of("regional-care.json", "consignment-leased-line.yaml", "regional-network.yaml",
        "usb-stick-home.json")) {
      Path html = dir.resolve(name + ".html");
      Run r = run("", "evaluate", example(name), "--format", "html", "--output", html.toString());
      assertThat(r.err()).contains("wrote " + html);
      assertThat(r.out()).isEmpty();
      String text = Files.readString(html);
      Parser parser = Parser.htmlParser().setTrackErrors(20);
      Document doc = Jsoup.parse(text, "", parser);
      assertThat(parser.getErrors()).as(name).isEmpty();
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
      assertThat(doc.select("script, link")).isEmpty();
      JsonNode flow = YAML.readTree(Files.readString(EXAMPLES.resolve(name)));
      Element svg = doc.selectFirst("svg");
      assertThat(svg).as(name).isNotNull();
      for (JsonNode p : flow.get("parties")) {
        assertThat(svg.select("text[data-ref=party " + p.get("id").asString() + "]")).as(name).isNotEmpty();
      }
      if (flow.has("segments")) {
        for (JsonNode s : flow.get("segments")) {
          assertThat(svg.select("text[data-ref=segment " + s.get("id").asString() + "]")).as(name).isNotEmpty();
        }
      }
    }
  }

  @Test
  void writesMarkdownWithItsDiagramNextToIt(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("reports").resolve("check.md");
    Run r = run("", "check-contracts", example("regional-network.yaml"), example("regional-network-contracts.yaml"),
        "--format", "markdown", "--output", md.toString(), "--lang", "ja");
    assertThat(r.exit()).isEqualTo(DemarcCli.FINDINGS);
    String text = Files.readString(md);
    assertThat(text).startsWith("# Demarc 契約チェック:").contains("## 契約チェックリスト").contains("](check.svg)")
        .contains("| `CC-06` | **条項なし** |");
    assertThat(Files.readString(dir.resolve("reports").resolve("check.svg"))).startsWith("<svg").contains("carrier");
    Run stdout = run("", "evaluate", example("regional-care.json"), "--format", "markdown");
    assertThat(stdout.out()).contains("](data:image/svg+xml;base64,").contains("## Findings");
  }

  /**
   * Several flows, from several files or from a batch file (the batch route's body), each get their own answer, the
   * same as evaluating each alone; a flow that cannot be read is reported with its file, line and pointer, the others
   * still answered, and the exit is 2.
   */
  @Test
  void evaluatesSeveralFlowsFromSeveralFilesOrABatchFile() throws Exception {
    Run batch = run("", "evaluate", example("batch.json"), "--format", "json");
    assertThat(batch.exit()).as(batch.err()).isEqualTo(DemarcCli.BAD_INPUT);
    JsonNode items = JSON.readTree(batch.out()).get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("index").asInt()).isEqualTo(0);
    assertThat(items.get(0).get("evaluation").get("flowId").asString()).isEqualTo("regional-care-1");
    assertThat(items.get(1).has("evaluation")).isFalse();
    assertThat(items.get(1).get("errors").get(0).asString()).endsWith("/flows/1/parties: required: `parties` is required");
    assertThat(batch.err()).contains("batch.json:80: /flows/1/parties: required");
    Run piped = run(exampleText("batch.json"), "evaluate", "-", "--format", "json");
    assertThat(JSON.readTree(piped.out()).get("items").get(0).get("evaluation").get("flowId").asString())
        .isEqualTo("regional-care-1");
    assertThat(piped.err()).contains("<stdin>:80: /flows/1/parties: required");

    Run alone = run("", "evaluate", example("regional-network.yaml"), "--format", "json");
    Run other = run("", "evaluate", example("regional-care.json"), "--format", "json");
    Run both = run("", "evaluate", example("regional-network.yaml"), example("regional-care.json"), "--format", "json");
    assertThat(both.exit()).as(both.err()).isEqualTo(DemarcCli.FINDINGS);
    JsonNode two = JSON.readTree(both.out()).get("items");
    assertThat(two).hasSize(2);
    assertThat(two.get(0).has("index")).isFalse();
    assertThat(two.get(0).get("file").asString()).endsWith("regional-network.yaml");
    assertThat(two.get(0).get("evaluation")).isEqualTo(JSON.readTree(alone.out()));
    assertThat(two.get(1).get("evaluation")).isEqualTo(JSON.readTree(other.out()));

    Run sarif = run("", "evaluate", example("regional-network.yaml"), example("batch.json"), "--format", "sarif");
    JsonNode runs = JSON.readTree(sarif.out()).get("runs");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).get("properties").get("subject").asString()).isEqualTo("regional-care-1");
    assertThat(sarif.exit()).isEqualTo(DemarcCli.BAD_INPUT);

    Run text = run("", "evaluate", example("regional-network.yaml"), "no-such-file.yaml");
    assertThat(text.out()).contains("regional-network.yaml ==").contains("Verdict: non-compliant");
    assertThat(text.err()).contains("no-such-file.yaml: no such file");
    assertThat(text.exit()).isEqualTo(DemarcCli.BAD_INPUT);

    Run html = run("", "evaluate", example("regional-network.yaml"), example("regional-care.json"), "--format", "html");
    assertThat(html.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(html.err()).contains("several flows are answered as text, json or sarif");
  }

  @Test
  void checksContractsFromTwoFilesOrOneAndReviewsOneContract() {
    Run two = run("", "check-contracts", example("regional-network.yaml"), example("regional-network-contracts.yaml"),
        "--format", "json");
    Run one = run("", "check-contracts", example("procurement-check.json"), "--format", "json");
    assertThat(two.exit()).isEqualTo(DemarcCli.FINDINGS);
    JsonNode a = JSON.readTree(two.out());
    JsonNode b = JSON.readTree(one.out());
    assertThat(a.get("verdict").asString()).isEqualTo("GAPS");
    assertThat(a.get("items")).isEqualTo(b.get("items"));
    assertThat(two.out()).contains("AVAILABILITY_TERMS");
    Run review = run("", "review-contract", example("maintenance-contract.json"), "--format", "json");
    assertThat(review.out()).contains("REMOTE_LOGIN_RESTRICTED");
    assertThat(review.exit()).isEqualTo(DemarcCli.FINDINGS);
  }

  /**
   * C:L409-415: a flow that leaves its legal form out may owe a consignment contract or not: with every obligation
   * known covered, the check is "insufficient information" naming the fact, never "covered", and a pipeline fails on it.
   */
  @Test
  void aContractCheckOfAFlowLeavingOutAFactItsObligationsNeedIsNotCovered(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("lab-results.yaml");
    Files.writeString(file, """
        flow:
          id: lab-results
          data: {personal: true, medical: true}
          direction: ONE_WAY
          parties:
          - {id: hosp, name: A病院, roles: [PROVIDER]}
          - {id: clinic, name: Bクリニック, roles: [RECIPIENT]}
          provider: hosp
          recipients: [{party: clinic, identifiedInAdvance: true}]
          segments:
          - {id: s1, fromPoint: hosp router, toPoint: clinic router, network: LEASED_LINE}
          objectSecurity: {encryptedBy: hosp, decryptedBy: clinic, tamperDetection: ELECTRONIC_SIGNATURE}
          endAuthentication: {senderVerifiesRecipient: true, recipientVerifiesSender: true, method: PUBLIC_KEY}
        contracts:
        - id: EX-1
          kind: DEMARCATION_AGREEMENT
          institution: hosp
          counterparty: clinic
          clauses:
          - {id: §3, type: DEMARCATION_AGREEMENT}
          - {id: §5, type: OUTAGE_AND_INCIDENT_HANDLING}
        """);
    Run r = run("", "check-contracts", file.toString(), "--format", "json");
    JsonNode c = JSON.readTree(r.out());
    assertThat(c.get("verdict").asString()).isEqualTo("INSUFFICIENT_INFORMATION");
    assertThat(c.get("reasons").get(0).asString()).contains("/legalForm");
    assertThat(c.get("items")).allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("COVERED"));
    assertThat(r.exit()).isEqualTo(DemarcCli.FINDINGS);
    Run sarif = run("", "check-contracts", file.toString(), "--format", "sarif");
    assertThat(JSON.readTree(sarif.out()).at("/runs/0/results/0/properties/pointers/0").asString())
        .isEqualTo("/flow/legalForm");
  }

  @Test
  void comparesEditionsAndFailsOnTheSecond() {
    Run r = run("", "compare", example("usb-stick-home.json"), "--format", "json");
    JsonNode c = JSON.readTree(r.out());
    assertThat(c.get("fromVerdict").asString()).isEqualTo("NOT_COVERED_BY_EDITION");
    assertThat(c.get("toVerdict").asString()).isEqualTo("NON_COMPLIANT");
    assertThat(r.exit()).isEqualTo(DemarcCli.FINDINGS);
    Run text = run("", "compare", example("usb-stick-home.json"), "--from", "E2007_V2", "--to", "E2008_V3");
    assertThat(text.out()).contains("Findings only under Edition 3 draft").contains("G-6.9-C-07");
    // the revision table's change behind those findings: 6.9 is new in the draft; nothing else of the table applies
    String behind = text.out().substring(text.out().indexOf("Changes of the guideline's text behind the findings"));
    behind = behind.substring(0, behind.indexOf("\n\n", behind.indexOf("  * ")));
    assertThat(behind).contains("D1; Kind: added; What changes: Section 6.9").doesNotContain("D6;").doesNotContain("D8;");
  }

  @Test
  void sarifPutsEachOpenItemOnTheLineOfTheFactThatTriggeredIt() throws Exception {
    Run r = run("", "evaluate", example("regional-network.yaml"), "--format", "sarif");
    assertThat(r.exit()).isEqualTo(DemarcCli.FINDINGS);
    JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
    assertThat(JSON.readTree(r.out()).get("version").asString()).isEqualTo("2.1.0");
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("Demarc");
    assertThat(run.at("/properties/verdict").asString()).isEqualTo("NON_COMPLIANT");
    List<String> lines = Files.readAllLines(EXAMPLES.resolve("regional-network.yaml"));
    boolean sawPointedLine = false;
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asString()).isEqualTo("../examples/regional-network.yaml");
      int line = location.at("/region/startLine").asInt();
      assertThat(line).isBetween(1, lines.size());
      String pointer = result.at("/properties/pointers/0").asString("");
      if (pointer.startsWith("/segments/")) {
        sawPointedLine = true;
        assertThat(lines.get(line - 1)).as(pointer).contains("id: s" + (Integer.parseInt(pointer.split("/")[2]) + 1));
      }
      assertThat(result.at("/partialFingerprints/demarcItemId~1v1").asString()).isNotBlank();
    }
    assertThat(sawPointedLine).isTrue();
  }

  @Test
  void sarifOfAContractCheckPointsAtTheContractThatLacksTheClause() throws Exception {
    Run r = run("", "check-contracts", example("regional-network.yaml"), example("regional-network-contracts.yaml"),
        "--format", "sarif");
    List<String> lines = Files.readAllLines(EXAMPLES.resolve("regional-network-contracts.yaml"));
    JsonNode results = JSON.readTree(r.out()).at("/runs/0/results");
    assertThat(results).isNotEmpty();
    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
          .endsWith("regional-network-contracts.yaml");
      int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
      assertThat(lines.get(line - 1)).contains("id: NET-1");
      assertThat(result.at("/message/text").asString()).startsWith("CC-0").contains("carrier");
    }
  }

  // ----- validate, rules, help, bad input

  @Test
  void validatesFlowsContractsAndRequests() {
    assertThat(run("", "validate", example("regional-care.json")).out()).contains("valid flow");
    assertThat(run("", "validate", example("maintenance-contract.json")).out()).contains("valid contract");
    assertThat(run("", "validate", example("regional-care.json"), "--lang", "ja").out())
        .contains("regional-care.json: 有効なフローです");
    Run request = run("", "validate", example("procurement-check.json"), "--format", "json");
    assertThat(request.exit()).isEqualTo(DemarcCli.OK);
    assertThat(JSON.readTree(request.out()).get("valid").asBoolean()).isTrue();
    String broken = """
        id: broken
        parties:
          - {id: hosp, roles: [PROVIDER]}
        provider: zz
        """;
    Run invalid = run(broken, "validate", "-", "--format", "json");
    assertThat(invalid.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(JSON.readTree(invalid.out()).get("errors").findValuesAsString("pointer")).contains("/provider");
    assertThat(invalid.err()).contains("<stdin>:4: /provider: unknown_party:");
    // fields that cannot be read are the file's errors in JSON too (they used to leave the standard output empty)
    Run unread = run("id: x\nlegalform: CONSIGNMENT\nsegments:\n  - {id: s1, network: IP_VPN}\n", "validate", "-",
        "--format", "json");
    assertThat(unread.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    JsonNode unreadAnswer = JSON.readTree(unread.out());
    assertThat(unreadAnswer.get("kind").asString()).isEqualTo("flow");
    assertThat(unreadAnswer.get("valid").asBoolean()).isFalse();
    assertThat(unreadAnswer.get("errors").findValuesAsString("code")).containsExactly("unknown_field", "unknown_enum_value");
    assertThat(unread.err()).contains("<stdin>:2: /legalform: unknown_field:");
    Run malformed = run("{\"id\": ", "validate", "-", "--format", "json");
    assertThat(JSON.readTree(malformed.out()).get("kind").asString()).isEqualTo("unreadable");
    assertThat(JSON.readTree(malformed.out()).get("errors").findValuesAsString("code")).containsExactly("malformed_body");
    assertThat(run("{\"id\": ", "validate", "-").out()).contains("<stdin>: invalid file");
    // a batch file, as evaluate reads it: each flow's errors rooted in the file
    Run batch = run("", "validate", example("batch.json"), "--format", "json");
    assertThat(batch.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    JsonNode answer = JSON.readTree(batch.out());
    assertThat(answer.get("kind").asString()).isEqualTo("batch");
    assertThat(answer.get("errors").findValuesAsString("pointer")).containsExactly("/flows/1/parties", "/flows/1/provider");
    assertThat(batch.err()).contains("batch.json:80: /flows/1/parties: required");
    Run empty = run("flows: []\n", "validate", "-");
    assertThat(empty.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(empty.err()).contains("<stdin>:1: /flows: empty_batch");
  }

  @Test
  void listsAndShowsRules() {
    Run list = run("", "rules", "list", "--edition", "E2008_V3", "--lang", "ja");
    assertThat(list.exit()).isEqualTo(DemarcCli.OK);
    assertThat(list.out()).contains("G-6.9-C-07").contains("第3版改正案");
    Run json = run("", "rules", "list", "--edition", "E2007_V2", "--format", "json");
    assertThat(JSON.readTree(json.out()).findValuesAsString("id")).contains("G-6.11-B1-09").doesNotContain("G-6.9-C-07");
    Run show = run("", "rules", "show", "CC-09", "--format", "markdown");
    assertThat(show.out()).startsWith("# Demarc rule CC-09").contains("| Basis | recalled, unverified");
    Run unknown = run("", "rules", "show", "G-0");
    assertThat(unknown.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(unknown.err()).contains("no rule `G-0`");
  }

  /** What changes between the editions, whatever the flow, in every format; --from and --to only for it. */
  @Test
  void listsWhatChangesBetweenEditions() {
    Run text = run("", "rules", "changes", "--lang", "en");
    assertThat(text.exit()).isEqualTo(DemarcCli.OK);
    assertThat(text.out()).startsWith("Demarc: what changes in the guideline from Edition 2 (March 2007) to Edition 3 "
        + "draft (March 2008)")
        .contains("D1; Kind: added; What changes: Section 6.9, taking information and information devices out")
        .contains("D21; Kind: unclear in the seed").contains("(needs human review)")
        .contains("G-6.11-B0-03; How: removed");
    Run json = run("", "rules", "changes", "--from", "E2008_V3", "--to", "E2007_V2", "--format", "json");
    assertThat(json.exit()).isEqualTo(DemarcCli.OK);
    var doc = JSON.readTree(json.out());
    assertThat(doc.get("from").asText()).isEqualTo("E2008_V3");
    assertThat(doc.at("/textChanges/0/kind").asText()).isEqualTo("DELETED");
    assertThat(doc.at("/textChanges/0/fromLines").asText()).isEqualTo("P:L6-150");
    Run ja = run("", "rules", "changes", "--lang", "ja", "--format", "markdown");
    assertThat(ja.out()).startsWith("# Demarc 版間の変更: 第2版 (2007年3月) → 第3版 改正案 (2008年3月)")
        .contains("| `D7` | 削除 | 外部保存から第8章への参照 |");
    Run misplaced = run("", "rules", "list", "--from", "E2007_V2");
    assertThat(misplaced.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(misplaced.err()).contains("--from and --to apply to rules changes only");
    Run edition = run("", "rules", "changes", "--edition", "E2007_V2");
    assertThat(edition.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(edition.err()).contains("rules changes takes --from and --to, not --edition");
    Run unknown = run("", "rules", "changes", "--to", "E2099");
    assertThat(unknown.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(unknown.err()).contains("--to");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "compare", "check-contracts", "review-contract", "validate", "rules"})
  void everyCommandHasHelp(String command) {
    Run viaHelp = run("", "help", command);
    Run viaFlag = run("", command, "--help");
    assertThat(viaHelp.exit()).isEqualTo(DemarcCli.OK);
    assertThat(viaHelp.out()).contains("usage: demarc " + command).isEqualTo(viaFlag.out());
  }

  /**
   * Usage errors and unusable option values speak the language the command line asks for: its --lang (either form),
   * else the environment's; English otherwise. Each is exit 2.
   */
  @Test
  void usageErrorsAndOptionValuesInTheLanguageAsked() {
    String flow = example("regional-care.json");
    Map<String, String> japanese = Map.of("LANG", "ja_JP.UTF-8");
    record Case(String[] args, String ja, String en) {}
    List<Case> cases = List.of(
        new Case(new String[] {"evaluate", flow, "--bogus", "1"}, "demarc evaluate は --bogus を取りません",
            "demarc evaluate does not take --bogus"),
        new Case(new String[] {"frobnicate"}, "不明なコマンド `frobnicate` です", "unknown command `frobnicate`"),
        new Case(new String[] {"evaluate", flow, "--edition"}, "オプション --edition に値がありません",
            "option --edition needs a value"),
        new Case(new String[] {"evaluate", flow, "--edition", "--format", "json"},
            "オプション --edition に値がありません（次にあるのは --format です）",
            "option --edition needs a value (found --format instead)"),
        new Case(new String[] {"evaluate", flow, "--edition", "E1999"}, "版 `E1999` はありません", "unknown edition `E1999`"),
        new Case(new String[] {"evaluate", flow, "--format", "pdf"}, "`pdf` は使えないか、ここでは使えない値です",
            "unknown or unusable value `pdf` here"),
        new Case(new String[] {"evaluate", flow, "--fail-on", "may"}, "`may` は使えない値です。次のいずれかを指定してください: must, should, never",
            "unknown value `may`, expected one of must, should, never"),
        new Case(new String[] {"rules", "show", "X"}, "E2008_V3 にルール `X` はありません", "no rule `X` in E2008_V3"),
        new Case(new String[] {"rules", "list", "extra"}, "rules list はファイルを取りません", "rules list takes no file"),
        new Case(new String[] {"evaluate"}, "FLOW のファイルを指定してください", "name the FLOW file"),
        new Case(new String[] {"check-contracts", flow, flow, flow}, "check-contracts にはフローと契約の 2 ファイル",
            "check-contracts takes FLOW CONTRACTS"));
    for (Case c : cases) {
      List<String> withLang = new ArrayList<>(List.of(c.args()));
      withLang.addAll(List.of("--lang", "ja"));
      List<String> withLangEquals = new ArrayList<>(List.of(c.args()));
      withLangEquals.add("--lang=ja");
      for (Run r : List.of(run("", withLang.toArray(String[]::new)), run("", withLangEquals.toArray(String[]::new)),
          runWith(japanese, "", c.args()))) {
        assertThat(r.exit()).as(String.join(" ", c.args())).isEqualTo(DemarcCli.BAD_INPUT);
        assertThat(r.err()).as(String.join(" ", c.args())).contains(c.ja());
      }
      Run english = run("", c.args());
      assertThat(english.exit()).isEqualTo(DemarcCli.BAD_INPUT);
      assertThat(english.err()).as(String.join(" ", c.args())).contains(c.en());
      Run englishOverEnvironment = runWith(japanese, "", withLang.stream().map(a -> "ja".equals(a) ? "en" : a)
          .toArray(String[]::new));
      assertThat(englishOverEnvironment.err()).as(String.join(" ", c.args())).contains(c.en());
    }
  }

  @Test
  void badInputAndUsageExitTwoWithAClearMessage() {
    Run unknownField = run("id: x\nsegments:\n  - id: s1\n    bogus: 1\n", "evaluate", "-");
    assertThat(unknownField.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(unknownField.err()).contains("<stdin>:4: /segments/0/bogus: unknown_field: unknown field `bogus`");
    // every field that cannot be read, in the order of the file, not only the first Jackson stops at
    Run several = run("id: x\nlegalform: BARTER\nsegments:\n  - id: s1\n    network: IP_VPN\n    bogus: 1\n", "validate", "-");
    assertThat(several.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(several.err().lines().filter(l -> l.startsWith("demarc: ")).toList()).containsExactly(
        "demarc: <stdin>:2: /legalform: unknown_field: unknown field `legalform`: did you mean `legalForm`?",
        "demarc: <stdin>:5: /segments/0/network: unknown_enum_value: unknown value `IP_VPN`, expected one of "
            + java.util.Arrays.toString(org.demarc.model.NetworkType.values()),
        "demarc: <stdin>:6: /segments/0/bogus: unknown_field: unknown field `bogus` (the fields here: `channel`, "
            + "`fromPoint`, `id`, `network`, `operator`, `toPoint`)");
    Run badEnum = run("legalForm: BARTER\n", "evaluate", "-", "--lang", "ja");
    assertThat(badEnum.err()).contains("/legalForm: unknown_enum_value: `BARTER` は使えない値です");
    Run undeclared = run("{\"parties\": [{\"id\": \"a\", \"roles\": [\"PROVIDER\"]}], \"provider\": \"zz\"}", "evaluate", "-");
    assertThat(undeclared.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(undeclared.err()).contains("/provider: unknown_party");
    assertThat(run("", "evaluate", "-").err()).contains("empty input");
    assertThat(run("", "evaluate", example("regional-care.json"), "--edition", "E1999").err())
        .contains("unknown edition `E1999`");
    assertThat(run("", "evaluate", example("regional-care.json"), "--format", "pdf").exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(run("", "rules", "list", "--format", "sarif").err()).contains("--format");
    assertThat(run("", "evaluate", example("regional-care.json"), "--fail-on", "may").err()).contains("must, should, never");
    assertThat(run("", "evaluate", example("regional-care.json"), "--from", "E2007_V2").err())
        .contains("evaluate does not take --from");
    assertThat(run("", "evaluate", example("regional-care.json"), "--bogus", "1").exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(run("", "frobnicate").exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(run("", "evaluate").err()).contains("name the FLOW file");
    assertThat(run("", "evaluate", "no-such-file.yaml").err()).contains("no-such-file.yaml: no such file");
    assertThat(run("", "evaluate", "no-such-file.yaml", "--lang", "ja").err())
        .contains("no-such-file.yaml: ファイルがありません");
    assertThat(run("", "check-contracts", example("regional-network.yaml")).err())
        .contains("one file with `flow:` and `contracts:`");
  }

  @Test
  void inputBeyondTheLimitsIsExitTwoNeverAnOutOfMemoryError() {
    // an endless stream is refused once it passes the size cap, not read into memory
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
    Run zero = runStream(endless, "evaluate", "-");
    assertThat(zero.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(zero.err()).contains("<stdin>: body_too_large:").contains("1048576");
    // the work budget: segments x recipients
    StringBuilder big = new StringBuilder("id: big\nprovider: h\nparties:\n  - {id: h, roles: [PROVIDER]}\n");
    StringBuilder recipients = new StringBuilder("recipients:\n");
    for (int i = 0; i < 1000; i++) {
      big.append("  - {id: r").append(i).append(", roles: [RECIPIENT]}\n");
      recipients.append("  - {party: r").append(i).append("}\n");
    }
    StringBuilder segments = new StringBuilder("segments:\n");
    for (int i = 0; i < 21; i++) {
      segments.append("  - {id: s").append(i).append(", fromPoint: p").append(i).append(", toPoint: p").append(i + 1)
          .append(", network: OPEN_INTERNET}\n");
    }
    Run budget = run(big.toString() + recipients + segments, "evaluate", "-");
    assertThat(budget.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(budget.err()).contains("work_budget_exceeded").contains("21 segment(s) x 1000 recipient(s)");
    // a YAML alias is refused, not read as the anchor's name
    Run alias = run("id: &a x\ndescription: *a\n", "evaluate", "-");
    assertThat(alias.exit()).isEqualTo(DemarcCli.BAD_INPUT);
    assertThat(alias.err()).contains("/description: yaml_alias");
  }

  @Test
  void terminalControlCharactersInTheInputAreEscapedInTextOutput() {
    String flow = "id: esc\ndescription: \"\\e[31mred\\e[0m\"\nparties:\n  - {id: h, roles: [PROVIDER]}\nprovider: h\n";
    Run r = run(flow, "evaluate", "-", "--fail-on", "never");
    assertThat(r.exit()).as(r.err()).isEqualTo(DemarcCli.OK);
    assertThat(r.out()).doesNotContain("\u001b").contains("\\u001b[31mred");
  }

  /**
   * A run of one command adds only that command to picocli; help, completion and usage errors add them all. Every
   * command is listed, under the name its own annotation gives it.
   */
  @Test
  void everyCommandIsListedUnderItsOwnName() {
    String help = run("", "help").out();
    DemarcCli.COMMANDS.forEach((name, command) -> {
      assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
      assertThat(help).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(name) + "\\b");
      assertThat(run("", "help", name).out()).contains("demarc " + name);
    });
    assertThat(help).containsPattern("(?m)^  help\\b").containsPattern("(?m)^  generate-completion\\b");
    assertThat(run("", "evaluat", "x.json").err()).contains("unknown command `evaluat`: did you mean `evaluate`?")
        .contains(String.join(", ", DemarcCli.COMMANDS.keySet()));
  }

  /** The engine built on a second thread while the command line is read answers as the one built before the run. */
  @Test
  void theEngineBuiltAlongsideTheRunAnswersTheSame() {
    String flow = EXAMPLES.resolve("regional-care.json").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = {"evaluate", flow, "--format", "json"};
    int code = DemarcCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), DemarcCli.building(args));
    Run same = run("", args);
    assertThat(code).isEqualTo(same.exit());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(same.out()).contains("\"verdict\"");
  }

  @Test
  void printsACompletionScript() {
    Run r = run("", "generate-completion");
    assertThat(r.exit()).isEqualTo(DemarcCli.OK);
    assertThat(r.out()).contains("complete").contains("evaluate").contains("check-contracts");
  }

  @Test
  void printsTheOverviewWithoutArguments() {
    Run r = run("");
    assertThat(r.exit()).isEqualTo(DemarcCli.OK);
    assertThat(r.out()).contains("usage: demarc <command>").isEqualTo(run("", "help").out()).isEqualTo(run("", "--help").out());
    assertThat(run("", "--version").out()).startsWith("demarc ");
  }

  @Test
  void impactAnalysesADirectoryOfFlowsAndContractsLikeTheService(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // a flow with its contracts in one file, a flow in a file of its own with a contract file linking to it,
    // a flow from the examples, and a broken file
    java.nio.file.Files.writeString(dir.resolve("procurement.json"), exampleText("procurement-check.json"));
    tools.jackson.databind.node.ObjectNode own = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
        exampleText("procurement-check.json")).get("flow").deepCopy();
    own.put("id", "own-file");
    java.nio.file.Files.createDirectories(dir.resolve("flows"));
    java.nio.file.Files.writeString(dir.resolve("flows/own.json"), JSON.writeValueAsString(own));
    tools.jackson.databind.node.ObjectNode contract = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
        exampleText("procurement-check.json")).get("contracts").get(1).deepCopy();
    contract.putArray("flows").add("own-file");
    java.nio.file.Files.writeString(dir.resolve("flows/net-contract.json"), JSON.writeValueAsString(contract));
    java.nio.file.Files.writeString(dir.resolve("regional-care.json"), exampleText("regional-care.json"));

    Run json = run("", "impact", dir.toString(), "--from", "E2007_V2", "--to", "E2008_V3", "--format", "json",
        "--no-progress");
    assertThat(json.exit()).as(json.err()).isIn(0, 1);
    tools.jackson.databind.JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.at("/summary/total").asLong()).isEqualTo(3);
    assertThat(doc.get("flows")).extracting(f -> f.get("file").asString())
        .containsExactlyInAnyOrder("procurement.json", "flows/own.json".replace("/", java.io.File.separator),
            "regional-care.json");
    assertThat(json.err()).as("every flow id is given once").doesNotContain("warning");
    for (tools.jackson.databind.JsonNode f : doc.get("flows")) {
      String id = f.get("flowId").asString();
      org.demarc.model.DataFlow flow = JSON.readValue(JSON.writeValueAsString(id.equals("own-file") ? own
          : id.equals("regional-care-1") ? JSON.readTree(exampleText("regional-care.json"))
          : JSON.readTree(exampleText("procurement-check.json")).get("flow")), org.demarc.model.DataFlow.class);
      List<org.demarc.model.Contract> contracts = id.equals("own-file")
          ? List.of(JSON.readValue(JSON.writeValueAsString(contract), org.demarc.model.Contract.class))
          : id.equals("regional-care-1") ? List.of()
          : List.of(JSON.readValue(JSON.readTree(exampleText("procurement-check.json")).get("contracts").toString(),
              org.demarc.model.Contract[].class));
      org.demarc.model.result.FlowImpact expected = ENGINE.impact(flow, contracts, org.demarc.model.Edition.E2007_V2,
          org.demarc.model.Edition.E2008_V3);
      assertThat(f.get("toVerdict").asString()).as(id).isEqualTo(expected.toVerdict().name());
      assertThat(f.get("findingsAdded")).as(id).hasSize(expected.findingsAdded().size());
      assertThat(f.get("contracts")).as(id).hasSize(expected.contracts().size());
      int expectedExit = doc.at("/summary/verdictChanged").asLong() > 0
          || doc.at("/summary/contractsToAmend").asLong() > 0 ? 1 : 0;
      assertThat(json.exit()).isEqualTo(expectedExit);
    }

    Run csv = run("", "impact", dir.toString(), "--format", "csv", "--no-progress");
    assertThat(csv.out().lines().count()).isEqualTo(4);
    assertThat(csv.out()).startsWith("flow_id,flow_version,from_verdict").contains("own-file,");
    Run text = run("", "impact", dir.toString(), "--progress", "--fail-on", "never");
    assertThat(text.exit()).isZero();
    assertThat(text.err()).contains("3/3 flows");
    Run ja = run("", "impact", dir.toString(), "--lang", "ja", "--format", "markdown", "--no-progress");
    assertThat(ja.out()).contains("影響分析");

    java.nio.file.Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed");
    Run broken = run("", "impact", dir.toString(), "--format", "csv", "--no-progress");
    assertThat(broken.exit()).as("a file that cannot be read is bad input; the others are analysed").isEqualTo(2);
    assertThat(broken.err()).contains("broken.yaml");
    assertThat(broken.out().lines().count()).isEqualTo(4);
    // the same flow id in two files (a copy edited apart): both analysed, and said so
    java.nio.file.Files.writeString(dir.resolve("regional-care-copy.json"), exampleText("regional-care.json"));
    // a batch file (flows:, as evaluate reads it): each of its flows analysed, one that cannot be read reported with
    // its pointer in the file; its first flow has the id of the shipped example too
    java.nio.file.Files.writeString(dir.resolve("batch.json"), exampleText("batch.json"));
    Run twice = run("", "impact", dir.toString(), "--format", "json", "--no-progress");
    assertThat(twice.err()).contains("demarc: warning: " + dir.resolve("regional-care.json")
        + ": the flow id `regional-care-1` is also the id of " + dir.resolve("batch.json")
        + ": both are analysed and reported under it");
    assertThat(twice.err()).contains(dir.resolve("batch.json") + ":80: /flows/1/parties: required");
    JsonNode rows = JSON.readTree(twice.out()).get("flows");
    assertThat(rows).filteredOn(f -> "regional-care-1".equals(f.get("flowId").asString())).hasSize(3);
    assertThat(rows).filteredOn(f -> "batch.json".equals(f.get("file").asString()))
        .extracting(f -> f.get("index").asInt() + " " + f.has("error")).containsExactly("0 false", "1 true");
    assertThat(run("", "impact", dir.resolve("nothing-here").toString()).exit()).isEqualTo(2);
    assertThat(run("", "impact", dir.toString(), "--format", "sarif").exit()).isEqualTo(2);
  }
}

package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app in a real browser (Debian's chromium through chromedriver, which {@code .ci/run} installs): an architect
 * creates a flow through the form, sees a validation error at its field, fixes it, evaluates, sees the verdict and the
 * diagram, saves, and meets a conflicting edit; procurement checks contracts; an auditor opens a decision and replays
 * it; an impact analysis runs to completion; the language switches. On every page: axe-core finds no serious or
 * critical violation, the browser's network log shows nothing loaded from another origin, and a screenshot is written
 * to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "demarc.record-ad-hoc-decisions=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String FLOW = "web-flow-1";

  @LocalServerPort
  int port;

  private WebDriver driver;
  private WebDriverWait wait;
  private Path profile;
  private Path downloads;
  private String architect;
  private String procurement;
  private String auditor;
  private int shot;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("demarc-web");
    registry.add("demarc.data-dir", dir::toString);
  }

  @BeforeAll
  void start() throws Exception {
    File chromium = new File(System.getProperty("demarc.chromium", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("demarc.chromedriver", "/usr/bin/chromedriver"));
    assertThat(chromium).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run installs it)")
        .exists();
    assertThat(chromedriver).as("Debian's chromium-driver").exists();
    profile = Files.createTempDirectory("demarc-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
    downloads = Files.createTempDirectory("demarc-downloads");
    o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    o.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
    try (var old = Files.list(SHOTS)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    architect = key("architect");
    procurement = key("procurement");
    auditor = key("auditor");
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  // ----- the journeys

  @Test
  @Order(1)
  void ruleReferenceIsPublicAndSwitchesLanguage() {
    open("/app/rules");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rule reference");
    assertThat(driver.findElement(By.id("rule-G-6.11-B1-13")).getText()).contains("G-6.11-B1-13");
    // the guideline's own text the rule cites, in Japanese
    assertThat(driver.findElement(By.xpath("//tr[@id='rule-G-6.11-B1-13']//details/p")).getDomProperty("textContent"))
        .matches(".*[\\p{IsHan}\\p{IsHiragana}].*");
    page("rules-en");
    driver.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ルール一覧"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
    page("rules-ja");
    driver.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rule reference"));
  }

  @Test
  @Order(2)
  void japaneseWhenTheBrowserPrefersIt() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
        .header("Accept-Language", "ja,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).contains("<html lang=\"ja\">").contains("ログイン");
  }

  @Test
  @Order(3)
  void signInRefusesAnUnknownKeyThenReturnsToThePageAsked() {
    open("/app/flows/new");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    page("login");
    driver.findElement(By.id("key")).sendKeys("dmk_not-a-key");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    signIn(architect);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Flow editor"));
    assertThat(driver.getCurrentUrl()).contains("/app/flows/new");
  }

  @Test
  @Order(4)
  void anAdminCreatesAKeyThatThenSignsIn() {
    signOut();
    signIn(TestKeys.OPERATOR);
    open("/app/admin/keys");
    page("keys");
    driver.findElement(By.id("name")).sendKeys("browser architect");
    driver.findElement(By.id("role-architect")).click();
    driver.findElement(By.id("create-key")).click();
    String key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-key"))).getDomProperty("value");
    assertThat(key).startsWith("dmk_");
    assertThat(driver.findElement(By.id("keys-table")).getText()).contains("browser architect");
    signOut();
    signIn(key);
    open("/app");
    assertThat(driver.findElement(By.cssSelector("header nav")).getText()).contains("Flow editor")
        .doesNotContain("API keys");
    page("home");
    signOut();
    signIn(architect);
  }

  @Test
  @Order(5)
  void architectDescribesAFlowFixesAnErrorEvaluatesAndSaves() {
    open("/app/flows/new");
    type("/id", FLOW);
    type("/parties/0/id", "hosp");
    type("/parties/1/id", "hosp");
    // a validation error at its field, with the API's code
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ef-parties-1-id")));
    assertThat(error.getText()).contains("duplicate_id");
    assertThat(field("/parties/1/id").getDomAttribute("aria-invalid")).isEqualTo("true");
    page("editor-error");
    type("/parties/1/id", "lab");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ef-parties-1-id")));
    choose("/provider", "hosp");
    choose("/legalForm", "CONSIGNMENT");
    choose("/direction", "ONE_WAY");
    choose("/data/personal", "true");
    choose("/data/medical", "true");
    click("add-recipients");
    choose("/recipients/0/party", "lab");
    choose("/recipients/0/identifiedInAdvance", "true");
    type("/segments/0/id", "s1");
    choose("/segments/0/network", "LEASED_LINE");
    choose("/objectSecurity/encryptedBy", "hosp");
    choose("/objectSecurity/decryptedBy", "lab");
    choose("/objectSecurity/tamperDetection", "ELECTRONIC_SIGNATURE");
    choose("/endAuthentication/senderVerifiesRecipient", "true");
    choose("/endAuthentication/recipientVerifiesSender", "true");
    choose("/endAuthentication/method", "SHARED_KEY");
    wait.until(d -> text("document").contains("network: LEASED_LINE"));
    assertThat(text("document")).contains("id: " + FLOW).contains("tamperDetection: ELECTRONIC_SIGNATURE");
    assertThat(driver.findElements(By.id("error-summary"))).isEmpty();

    // the text view edits the same document: the form follows
    String edited = text("document").replace("id: " + FLOW, "id: " + FLOW + "\ndescription: from the text view");
    setText("document", edited);
    wait.until(d -> "from the text view".equals(field("/description").getDomProperty("value")));

    click("evaluate");
    WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evaluation .verdict-name")));
    assertThat(verdict.getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector("#evaluation figure svg"))).hasSize(1);
    // the responsible party per segment and threat: the provider, on every threat of the leased line
    assertThat(driver.findElements(By.cssSelector("#evaluation table.matrix tbody td")))
        .hasSize(5).allSatisfy(td -> assertThat(td.getText()).isEqualTo("hosp"));
    assertThat(driver.findElements(By.cssSelector("#evaluation .findings li"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#evaluation .findings")).getText()).contains("G-6.11");
    page("editor-evaluated");

    click("compare");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-change")));
    page("editor-compared");

    // the report as a file: the report form sends the document as it stands
    new Select(driver.findElement(By.id("reportFormat"))).selectByValue("markdown");
    driver.findElement(By.id("download")).click();
    Path report = downloads.resolve(FLOW + "-E2008_V3.md");
    wait.until(d -> Files.exists(report));
    try {
      assertThat(Files.readString(report)).contains(FLOW).contains("G-6.11");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    click("save");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "version 1"));
  }

  @Test
  @Order(6)
  void aConflictingEditShowsWhatChangedAndOffersToReload() throws Exception {
    // someone else revises the stored flow through the API
    HttpResponse<String> stored = api("GET", "/api/v1/flows/" + FLOW, architect, null, null);
    String theirs = stored.body().replace("from the text view", "changed by a colleague");
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/flows/" + FLOW))
        .header("Authorization", "Bearer " + architect).header("Content-Type", "application/yaml")
        .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString(theirs)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    type("/description", "my own change");
    click("save");
    WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
    assertThat(conflict.getText()).contains("/description").contains("changed by a colleague");
    page("editor-conflict");
    // the roles offer each role once, and nothing else
    assertThat(driver.findElements(By.cssSelector("#f-parties-0-roles input[type=checkbox]"))).hasSize(7);
    click("reload");
    wait.until(d -> "changed by a colleague".equals(field("/description").getDomProperty("value")));
    assertThat(driver.findElement(By.name("version")).getDomProperty("value")).isEqualTo("2");
  }

  @Test
  @Order(7)
  void theEditorWorksWithTheKeyboard() {
    open("/app/flows/" + FLOW + "/edit");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    for (int i = 0; i < 400 && !"evaluate".equals(driver.switchTo().activeElement().getDomAttribute("id")); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("evaluate");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evaluation .verdict-name")));
  }

  @Test
  @Order(8)
  void registryListsTheFlowWithItsLastVerdict() throws Exception {
    api("POST", "/api/v1/flows/" + FLOW + "/evaluations", architect, null, null);
    open("/app/registry");
    WebElement table = driver.findElement(By.id("flows-table"));
    assertThat(table.getText()).contains(FLOW);
    // its last verdict under each edition (columns 4 and 5): evaluated (stored) under the edition 3 draft only
    List<WebElement> row = driver.findElements(By.xpath("//table[@id='flows-table']//tr[th/a[text()='" + FLOW
        + "']]/td"));
    assertThat(row.get(3).getText()).as("under E2007_V2 in " + row.stream().map(WebElement::getText).toList()).isEqualTo("—");
    assertThat(row.get(4).getText()).as("under E2008_V3").isNotEqualTo("—");
    page("registry");
    open("/app/registry?q=no-such-flow");
    assertThat(driver.findElements(By.id("flows-table"))).isEmpty();
  }

  @Test
  @Order(9)
  void procurementChecksTheContractsOfAFlow() throws Exception {
    // the example's flow and contracts, stored and linked through the API
    JsonNode example = JSON.readTree(Files.readString(Path.of("..", "examples", "procurement-check.json")));
    String flowId = example.get("flow").get("id").asString();
    HttpResponse<String> r = api("POST", "/api/v1/flows", architect,
        JSON.writeValueAsString(example.get("flow")), "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    for (JsonNode c : example.get("contracts")) {
      ((tools.jackson.databind.node.ObjectNode) c).putArray("flows").add(flowId);
      r = api("POST", "/api/v1/contracts", procurement, JSON.writeValueAsString(c), "application/json");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    signOut();
    signIn(procurement);
    open("/app/contracts/check?flow=" + flowId);
    page("contracts");
    click("check");
    WebElement check = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-check")));
    assertThat(check.findElement(By.cssSelector(".verdict-name")).getText()).isEqualTo("gaps");
    assertThat(check.getText()).contains("missing").contains("covered").contains("NET-1");
    page("contracts-checked");

    // an uploaded file: a whole check (flow and contracts)
    open("/app/contracts/check");
    driver.findElement(By.id("file")).sendKeys(Path.of("..", "examples", "procurement-check.json").toAbsolutePath()
        .normalize().toString());
    click("check");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-check")));

    // a clause the check cannot use is listed with why
    Path withExtra = Files.createTempFile("procurement-check", ".json");
    Files.writeString(withExtra, Files.readString(Path.of("..", "examples", "procurement-check.json")).replace(
        "\"type\": \"OUTAGE_AND_INCIDENT_HANDLING\"\n        }",
        "\"type\": \"OUTAGE_AND_INCIDENT_HANDLING\"\n        },\n"
            + "        {\"id\": \"§7\", \"type\": \"RECIPIENT_PURPOSE_SPECIFIED\", \"binds\": \"clinic\"}"));
    open("/app/contracts/check");
    driver.findElement(By.id("file")).sendKeys(withExtra.toAbsolutePath().toString());
    click("check");
    WebElement unused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unused-clauses")));
    assertThat(unused.getText()).contains("Clauses that settle nothing").contains("EX-1 §7").contains("inPlace");
    Files.delete(withExtra);

    // a list of contracts with fields that cannot be read: each is named under its contract's place in the file
    Path unreadable = Files.createTempFile("contracts", ".yaml");
    Files.writeString(unreadable, "contracts:\n- {id: K-1, kind: DEMARCATION_AGREEMENT, institution: hosp, "
        + "counterparty: clinic}\n- {id: K-2, kind: NETWORK_SERVICE, institution: hosp, counterparty: carrier, "
        + "clauses: [{id: s1, typ: AVAILABILITY_TERMS}], signed: yes}\n");
    open("/app/contracts/check");
    driver.findElement(By.id("file")).sendKeys(unreadable.toAbsolutePath().toString());
    click("check");
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
    assertThat(problem.getText()).contains("/contracts/1/clauses/0/typ").contains("did you mean `type`?")
        .contains("/contracts/1/signed");
    Files.delete(unreadable);
  }

  @Test
  @Order(10)
  void auditorOpensADecisionAndReplaysIt() {
    signOut();
    signIn(auditor);
    open("/app/decisions?flowId=" + FLOW);
    WebElement table = driver.findElement(By.id("decisions-table"));
    assertThat(table.getText()).contains(FLOW);
    page("decisions");
    List<WebElement> rows = driver.findElements(By.cssSelector("#decisions-table tbody tr"));
    WebElement evaluation = rows.stream().filter(row -> row.getText().contains("/evaluations")).findFirst()
        .orElseThrow();
    evaluation.findElement(By.cssSelector("th a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replay")));
    page("decision");
    click("replay");
    WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replay-outcome")));
    assertThat(outcome.getText()).isEqualTo("The current rules give the same answer.");
    page("decision-replayed");
  }

  @Test
  @Order(11)
  void anImpactAnalysisRunsToCompletion() {
    signOut();
    signIn(architect);
    open("/app/impact");
    page("impact");
    click("start-impact");
    wait.until(ExpectedConditions.urlMatches(".*/app/impact/[^/]+$"));
    wait.until(ExpectedConditions.textToBe(By.id("impact-state"), "Done."));
    assertThat(driver.findElement(By.id("impact-bar")).getDomProperty("value"))
        .isEqualTo(driver.findElement(By.id("impact-bar")).getDomProperty("max"));
    assertThat(driver.findElement(By.id("export-csv")).getDomAttribute("href")).endsWith("/export.csv");
    page("impact-done");
  }

  @Test
  @Order(12)
  void aRoleThatMayNotIsRefusedWithAPage() {
    open("/app/contracts/check");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    page("denied");
    open("/app/decisions/no-such-decision");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    page("missing");
  }

  @Test
  @Order(13)
  void theEditorAndItsAnswersInJapanese() {
    open("/app/flows/" + FLOW + "/edit");
    driver.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "フローエディタ"));
    assertThat(driver.findElement(By.cssSelector("label[for='f-segments-0-network']")).getText())
        .isEqualTo("ネットワーク");
    click("evaluate");
    WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#evaluation .verdict-name")));
    assertThat(verdict.getText()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
    assertThat(driver.findElement(By.cssSelector("#evaluation .findings")).getText())
        .matches("(?s).*[\\p{IsHan}\\p{IsHiragana}].*");
    page("editor-ja");
    driver.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Flow editor"));
  }

  // ----- helpers

  private String base() {
    return "http://localhost:" + port;
  }

  private void open(String path) {
    driver.get(base() + path);
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private void signIn(String key) {
    if (!driver.getCurrentUrl().contains("/login")) {
      open("/login");
    }
    WebElement field = driver.findElement(By.id("key"));
    field.clear();
    field.sendKeys(key);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void signOut() {
    open("/app");
    driver.findElement(By.cssSelector("header form button")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  private WebElement field(String pointer) {
    return driver.findElement(By.id(WebDocument.id(pointer)));
  }

  /** Types into a form field and leaves it (the change event syncs the document), waiting for the swap. */
  private void type(String pointer, String value) {
    // select and overwrite (clear() would fire a change event of its own and swap the field away)
    field(pointer).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    settle();
  }

  private void choose(String pointer, String value) {
    new Select(field(pointer)).selectByValue(value);
    settle();
  }

  private void click(String id) {
    driver.findElement(By.id(id)).click();
    settle();
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  private void setText(String id, String value) {
    WebElement area = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        area, value);
    settle();
  }

  /** Waits until htmx has no request in flight (it marks the elements it is requesting for). */
  private void settle() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.querySelectorAll('.htmx-request, .htmx-swapping, .htmx-settling').length === 0")));
  }

  /** The checks every page gets: accessibility, same-origin loads only, a screenshot. */
  private void page(String name) {
    settle();
    Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<String> serious = new ArrayList<>();
    for (Rule v : axe.getViolations()) {
      if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
        serious.add(v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
      }
    }
    assertThat(serious).as("axe-core on " + name).isEmpty();
    List<String> foreign = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).path("message");
      if ("Network.requestWillBeSent".equals(m.path("method").asString())) {
        String url = m.path("params").path("request").path("url").asString();
        boolean network = url.matches("(?i)^(https?|wss?|ftp):.*");
        if (network && !url.startsWith(base() + "/")) {
          foreign.add(url);
        }
      }
    }
    assertThat(foreign).as("requests to another origin on " + name).isEmpty();
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String key(String role) throws Exception {
    HttpResponse<String> r = api("POST", "/api/v1/admin/api-keys", TestKeys.OPERATOR,
        "{\"name\":\"web " + role + "\",\"roles\":[\"" + role + "\"]}", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("key").asString();
  }

  private HttpResponse<String> api(String method, String path, String key, String body, String type)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Authorization", "Bearer " + key)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

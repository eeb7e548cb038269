package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the web app × every role, through a real session: signed out, a page asks for the login page
 * (public pages answer); a role the access rules do not list gets the 403 page; a role they list gets past them; a
 * form posted without its CSRF token is refused; a session ends once its key is revoked. The routes come from the
 * service's own mappings, so a new page without a rule in {@link AccessRules} fails this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebAccessTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Whether a route belongs to the web app's session chain ({@link WebSecurity#PATHS}). */
  static boolean web(String pattern) {
    return pattern.equals("/") || pattern.equals("/login") || pattern.equals("/app") || pattern.startsWith("/app/");
  }

  /** A browser-like client: its own cookies, no redirects followed. */
  private final class Session {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String token;

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, String> e : form.entrySet()) {
        b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      }
      return http.send(HttpRequest.newBuilder(URI.create(base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    Session signIn(String key) throws Exception {
      Matcher m = LOGIN_CSRF.matcher(get("/login").body());
      assertThat(m.find()).isTrue();
      HttpResponse<String> r = post("/login", Map.of("key", key, "_csrf", m.group(1)));
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
      Matcher t = CSRF.matcher(get("/app/rules").body());
      assertThat(t.find()).isTrue();
      token = t.group(1);
      return this;
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private String key(String... roles) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/api/v1/admin/api-keys"))
        .header("Authorization", "Bearer " + TestKeys.OPERATOR).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"web access\",\"roles\":"
            + JSON.writeValueAsString(List.of(roles)) + "}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("key").asString() + "\n" + JSON.readTree(r.body()).get("id").asString();
  }

  private List<String[]> routes() {
    List<String[]> out = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
          : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
      for (String pattern : info.getPatternValues()) {
        if (web(pattern)) {
          for (String m : methods) {
            out.add(new String[] {m, pattern});
          }
        }
      }
    }
    return out;
  }

  private static String concrete(String pattern) {
    return pattern.replace("{id}", "no-such-record").replace("{format}", "html");
  }

  @Test
  void everyPageAndRoleGetsWhatTheRulesSay() throws Exception {
    Map<Caller.Role, Session> sessions = new LinkedHashMap<>();
    for (Caller.Role role : Caller.Role.values()) {
      sessions.put(role, new Session().signIn(key(role.id()).lines().findFirst().orElseThrow()));
    }
    Session anonymous = new Session();
    List<String[]> routes = routes();
    assertThat(routes).hasSizeGreaterThan(15);
    List<String> wrong = new ArrayList<>();
    for (String[] route : routes) {
      String method = route[0];
      String path = concrete(route[1]);
      AccessRules.Rule rule = AccessRules.match(method, path).orElse(null);
      if (rule == null) {
        wrong.add(method + " " + route[1] + ": no rule");
        continue;
      }
      HttpResponse<String> r = "GET".equals(method) ? anonymous.get(path) : anonymous.post(path, Map.of());
      boolean toLogin = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login");
      if (rule.access() == AccessRules.Access.PUBLIC ? toLogin || r.statusCode() == 403 : !toLogin
          && !"POST".equals(method)) {
        wrong.add(method + " " + route[1] + " signed out: " + r.statusCode());
      }
      for (Map.Entry<Caller.Role, Session> s : sessions.entrySet()) {
        HttpResponse<String> a = "GET".equals(method) ? s.getValue().get(path)
            : s.getValue().post(path, Map.of("_csrf", s.getValue().token));
        boolean allowed = switch (rule.access()) {
          case PUBLIC -> true;
          case OPERATOR -> false;
          case ROLES -> rule.roles().contains(s.getKey());
        };
        boolean refused = a.statusCode() == 403 || a.statusCode() == 401 || (a.statusCode() == 302
            && a.headers().firstValue("Location").orElse("").endsWith("/login"));
        if ("/app/denied".equals(route[1])) {
          allowed = false; // the page that says "not allowed": a 403 by design
        }
        if (allowed == refused) {
          wrong.add(method + " " + route[1] + " as " + s.getKey() + ": " + a.statusCode());
        }
        if (a.statusCode() == 403) {
          assertThat(a.body()).contains("Not allowed");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    Session s = new Session().signIn(key("architect").lines().findFirst().orElseThrow());
    assertThat(s.post("/app/flows/editor", Map.of("document", "id: x")).statusCode()).isEqualTo(403);
    assertThat(s.post("/app/flows/editor", Map.of("document", "id: x", "_csrf", s.token)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aSessionEndsWhenItsKeyIsRevoked() throws Exception {
    String[] key = key("auditor").split("\n");
    Session s = new Session().signIn(key[0]);
    assertThat(s.get("/app/decisions").statusCode()).isEqualTo(200);
    HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/api/v1/admin/api-keys/" + key[1]))
        .header("Authorization", "Bearer " + TestKeys.OPERATOR).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 204);
    HttpResponse<String> after = s.get("/app/decisions");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  /** The edition changes page: public like the rule reference, with the seed's own text for each side. */
  @Test
  void editionChangesPageShowsTheRevisionTable() throws Exception {
    HttpResponse<String> r = new Session().get("/app/rules/changes");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("What changes between editions").contains("21 changes of the guideline&#39;s text")
        .contains("id=\"change-D1\"").contains("/app/rules?edition=E2007_V2#rule-G-6.9-00")
        .contains("持ち出し").contains("id=\"rule-G-6.11-B0-03\"");
    assertThat(r.body().substring(r.body().indexOf("id=\"change-D21\""))).contains("needs human review");
    HttpResponse<String> back = new Session().get("/app/rules/changes?from=E2008_V3&to=E2007_V2");
    assertThat(back.body().substring(back.body().indexOf("id=\"change-D1\""))).contains("deleted");
  }

  @Test
  void pagesSendAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = new Session().get("/app/rules");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe");
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void reportsDownloadAsHtmlMarkdownAndSarif() throws Exception {
    Session s = new Session().signIn(key("architect").lines().findFirst().orElseThrow());
    String flow = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "regional-network.yaml"));
    Map<String, String> expected = Map.of("html", "<html", "markdown", "# ", "sarif", "\"version\":\"2.1.0\"");
    Map<String, String> extension = Map.of("html", ".html", "markdown", ".md", "sarif", ".sarif");
    for (String format : List.of("html", "markdown", "sarif")) {
      HttpResponse<String> r = s.post("/app/flows/report", Map.of("_csrf", s.token, "document", flow,
          "format", "yaml", "edition", "E2008_V3", "reportFormat", format));
      assertThat(r.statusCode()).as(format).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Disposition").orElse("")).as(format).startsWith("attachment")
          .contains(extension.get(format));
      assertThat(r.body()).as(format).contains(expected.get(format));
    }
  }

  @Test
  void aComparisonShowsBothEditionsWordingOfAFindingThatChanges() throws Exception {
    Session s = new Session().signIn(key("architect").lines().findFirst().orElseThrow());
    String flow = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "regional-network.yaml"));
    HttpResponse<String> r = s.post("/app/flows/compare", Map.of("_csrf", s.token, "document", flow,
        "format", "yaml", "from", "E2007_V2", "to", "E2008_V3"));
    assertThat(r.statusCode()).isEqualTo(200);
    // the threats of 6.11 B: edition 2 lists four, the edition 3 draft adds spoofing (D6)
    assertThat(r.body()).contains("<del>the data must be protected against eavesdropping and tampering")
        .contains("the exchange must be protected against spoofing").contains("<span>wording</span>");
    // and the change of the revision table behind it, linked to the edition changes page
    String behind = r.body().substring(r.body().indexOf("id=\"text-changes-behind\""));
    assertThat(behind).contains("/app/rules/changes?from=E2007_V2&amp;to=E2008_V3#change-D6")
        .contains("Threats on the path: spoofing");
  }

  @Test
  void aControlMissingOnlyForReviewSaysSo() throws Exception {
    Session s = new Session().signIn(key("architect").lines().findFirst().orElseThrow());
    String flow = """
        id: lab-orders
        legalForm: CONSIGNMENT
        direction: ONE_WAY
        data: {personal: true, medical: true}
        parties:
          - {id: clinic, roles: [PROVIDER]}
          - {id: lab, roles: [RECIPIENT]}
        provider: clinic
        recipients: [{party: lab, identifiedInAdvance: true}]
        segments:
          - {id: s1, network: LEASED_LINE}
        """;
    HttpResponse<String> r = s.post("/app/flows/evaluate", Map.of("_csrf", s.token, "document", flow,
        "format", "yaml", "edition", "E2008_V3"));
    assertThat(r.statusCode()).isEqualTo(200);
    // B3-04: explaining the accepted risk to patients "where necessary" is a condition for review, not a failure
    Matcher row = Pattern.compile("<tr>\\s*<td>the accepted risk explained to patients where necessary</td>(.*?)</tr>",
        Pattern.DOTALL).matcher(r.body());
    assertThat(row.find()).as("the control's row").isTrue();
    assertThat(row.group(1)).contains("status-missing").contains("class=\"badge review\"");
  }

  @Test
  void brokenInputIsShownWhereItIsNeverAsAFailure() throws Exception {
    Session s = new Session().signIn(key("architect").lines().findFirst().orElseThrow());
    // text that cannot be read: kept as typed, the reader's message at the text view
    HttpResponse<String> r = s.post("/app/flows/editor", Map.of("_csrf", s.token, "changed", "document",
        "document", "id: x\nparties: [1, 2"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"document-error\"").contains("parties: [1, 2");
    // a form change meanwhile does not overwrite the text the user is fixing
    r = s.post("/app/flows/editor", Map.of("_csrf", s.token, "changed", "/description",
        "document", "id: x\nparties: [1, 2", "/description", "meanwhile"));
    assertThat(r.body()).contains("id=\"document-error\"").contains("parties: [1, 2").contains("meanwhile");
    // a YAML alias is refused as the API refuses it
    r = s.post("/app/flows/editor", Map.of("_csrf", s.token, "changed", "document",
        "document", "id: &a x\ndescription: *a\n"));
    assertThat(r.body()).contains("id=\"document-error\"");
    // a value the model does not know: at its field, with the API's code
    r = s.post("/app/flows/editor", Map.of("_csrf", s.token, "document", "id: x\nsegments: [{id: s1}]\n",
        "/segments/0/network", "SATELLITE"));
    assertThat(r.body()).contains("id=\"ef-segments-0-network\"").contains("aria-invalid=\"true\"");
    // an unknown role: offered as it stands, the error at the roles
    r = s.post("/app/flows/editor", Map.of("_csrf", s.token, "changed", "document",
        "document", "id: x\nparties: [{id: a, roles: [PROVIDER, FOO]}]\n"));
    assertThat(r.body()).contains("value=\"FOO\"").contains("id=\"ef-parties-0-roles\"")
        .doesNotContain("[&quot;PROVIDER&quot;");
    // evaluating an invalid flow lists the errors instead of a result
    r = s.post("/app/flows/evaluate", Map.of("_csrf", s.token, "document", "id: x\nprovider: nobody\n"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"result-invalid\"").contains("/provider");
    assertThat(r.body().split("href=\"#f-provider\"", -1)).as("each error listed once").hasSize(2);
    // a decision that does not exist: a page saying so
    HttpResponse<String> missing = s.get("/app/decisions/no-such-decision");
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("no-such-decision");
  }

  @Test
  void anImpactAnalysisExportsAsCsv() throws Exception {
    Session s = new Session().signIn(key("architect", "auditor").lines().findFirst().orElseThrow());
    HttpResponse<String> started = s.post("/app/impact", Map.of("_csrf", s.token, "from", "E2007_V2",
        "to", "E2008_V3", "against", "editions"));
    assertThat(started.statusCode()).isEqualTo(302);
    String page = started.headers().firstValue("Location").orElseThrow();
    String path = URI.create(page).getPath();
    for (int i = 0; i < 100 && !s.get(path + "/progress").body().contains("id=\"export-csv\""); i++) {
      Thread.sleep(100);
    }
    HttpResponse<String> csv = s.get(path + "/export.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    HttpResponse<String> html = s.get(path + "/export.html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("<html");
  }
}

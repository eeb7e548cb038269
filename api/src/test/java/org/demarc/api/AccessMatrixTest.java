package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route the service maps × every kind of caller → the status the access rules say: public routes answer
 * anyone without credentials (a credential that does not work is refused everywhere: 401); without credentials, with an
 * expired or a revoked key: 401; a role the route does not list: 403; a role it
 * lists: neither; another tenant's records: exactly what a record that does not exist gets. The routes come from the
 * running service's own mappings, so a new route without a rule in {@link AccessRules} fails this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<Caller.Role, String> ownKeys = new LinkedHashMap<>();
  private String otherTenantKey;
  private String expiredKey;
  private String revokedKey;
  private String throwawayKeyId;
  private final Map<String, String> ids = new LinkedHashMap<>();

  private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String createKey(String tenant, List<String> roles, Instant expiresAt) throws Exception {
    String body = "{\"name\":\"matrix\",\"roles\":" + JSON.writeValueAsString(roles)
        + (tenant == null ? "" : ",\"tenant\":\"" + tenant + "\"")
        + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}";
    HttpResponse<String> r = send("POST", "/api/v1/admin/api-keys", TestKeys.OPERATOR, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode k = JSON.readTree(r.body());
    ids.put("lastKeyId", k.get("id").asString());
    return k.get("key").asString();
  }

  @BeforeAll
  void callersAndRecords() throws Exception {
    for (Caller.Role role : Caller.Role.values()) {
      ownKeys.put(role, createKey(null, List.of(role.id()), null));
    }
    String other = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> tenant = send("POST", "/api/v1/admin/tenants", TestKeys.OPERATOR,
        "{\"id\":\"" + other + "\",\"name\":\"Another hospital\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    otherTenantKey = createKey(other, List.of("architect", "procurement", "auditor", "admin"), null);
    expiredKey = createKey(null, List.of("architect", "procurement", "auditor", "admin"),
        Instant.now().minusSeconds(60));
    revokedKey = createKey(null, List.of("architect", "procurement", "auditor", "admin"), null);
    assertThat(send("DELETE", "/api/v1/admin/api-keys/" + ids.get("lastKeyId"), TestKeys.OPERATOR, null)
        .statusCode()).isEqualTo(200);
    createKey(null, List.of("auditor"), null);
    throwawayKeyId = ids.get("lastKeyId");

    // records of the initial tenant
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String flowId = "matrix-flow-" + suffix;
    String flow = Files.readString(Path.of("..", "examples", "regional-care.json"))
        .replace("\"id\": \"regional-care-1\"", "\"id\": \"" + flowId + "\"");
    assertThat(send("POST", "/api/v1/flows", TestKeys.ALL, flow).statusCode()).isEqualTo(201);
    ids.put("flow", flowId);
    String contractId = "matrix-contract-" + suffix;
    JsonNode example = JSON.readTree(Files.readString(Path.of("..", "examples", "procurement-check.json")));
    tools.jackson.databind.node.ObjectNode contract = (tools.jackson.databind.node.ObjectNode) example.get("contracts")
        .get(0).deepCopy();
    contract.put("id", contractId);
    contract.put("institution", "hosp");
    contract.putArray("flows").add(flowId);
    HttpResponse<String> c = send("POST", "/api/v1/contracts", TestKeys.ALL, JSON.writeValueAsString(contract));
    assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
    ids.put("contract", contractId);
    JsonNode evaluated = JSON.readTree(send("POST", "/api/v1/flows/" + flowId + "/evaluations", TestKeys.ALL, null)
        .body());
    ids.put("decision", evaluated.get("decisionId").asString());
    HttpResponse<String> analysis = send("POST", "/api/v1/impact-analyses", TestKeys.ALL, "{}");
    ids.put("analysis", JSON.readTree(analysis.body()).get("id").asString());
  }

  /** A route of the service, with its path made concrete from the records above (or a record that does not exist). */
  private record Route(String method, String pattern) {
    String path(Map<String, String> ids, boolean missing) {
      String id = pattern.startsWith("/api/v1/flows") ? ids.get("flow")
          : pattern.startsWith("/api/v1/contracts") ? ids.get("contract")
          : pattern.startsWith("/api/v1/decisions") ? ids.get("decision")
          : pattern.startsWith("/api/v1/impact-analyses") ? ids.get("analysis")
          : pattern.startsWith("/api/v1/admin/api-keys") ? ids.get("throwaway") : "x";
      return pattern.replace("{id}", missing ? "no-such-record" : id).replace("{edition}", "E2008_V3")
          .replace("{ruleId}", "G-6.11-B1-13").replace("{version}", "1");
    }

    boolean hasRecord() {
      return pattern.contains("{id}") && !pattern.startsWith("/api/v1/admin");
    }
  }

  private List<Route> routes() {
    List<Route> out = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
          : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
      for (String pattern : info.getPatternValues()) {
        for (String m : methods) {
          out.add(new Route(m, pattern));
        }
      }
    }
    return out.stream().distinct().toList();
  }

  @Test
  void everyRouteHasARuleAndEveryCallerGetsWhatTheRuleSays() throws Exception {
    ids.put("throwaway", throwawayKeyId);
    List<Route> routes = routes();
    assertThat(routes).hasSizeGreaterThan(40);
    List<String> withoutRule = routes.stream()
        .filter(r -> AccessRules.match(r.method(), r.path(ids, false)).isEmpty())
        .map(r -> r.method() + " " + r.pattern()).toList();
    assertThat(withoutRule).as("routes without a rule in AccessRules").isEmpty();

    List<String> wrong = new ArrayList<>();
    int checked = 0;
    // the web app's routes use a session, not a bearer credential: WebAccessTest checks those
    for (Route route : routes.stream().filter(r -> !WebAccessTest.web(r.pattern())).toList()) {
      AccessRules.Rule rule = AccessRules.match(route.method(), route.path(ids, false)).orElseThrow();
      String body = route.method().equals("POST") || route.method().equals("PUT") ? "{}" : null;
      String path = route.path(ids, false);
      Map<String, String> anonymous = new LinkedHashMap<>();
      anonymous.put("no credentials", null);
      anonymous.put("expired key", expiredKey);
      anonymous.put("revoked key", revokedKey);
      for (Map.Entry<String, String> a : anonymous.entrySet()) {
        HttpResponse<String> r = send(route.method(), path, a.getValue(), body);
        checked++;
        if (rule.access() == AccessRules.Access.PUBLIC && a.getValue() == null) {
          if (r.statusCode() == 401 || r.statusCode() == 403) {
            wrong.add(route + " " + a.getKey() + ": public, got " + r.statusCode());
          }
        } else if (r.statusCode() != 401 || r.headers().firstValue("WWW-Authenticate").isEmpty()
            || !r.body().contains("\"code\":\"unauthorized\"")) {
          wrong.add(route + " " + a.getKey() + ": expected 401 with WWW-Authenticate, got " + r.statusCode());
        }
      }
      for (Map.Entry<Caller.Role, String> k : ownKeys.entrySet()) {
        HttpResponse<String> r = send(route.method(), path, k.getValue(), body);
        checked++;
        boolean allowed = switch (rule.access()) {
          case PUBLIC -> true;
          case OPERATOR -> k.getKey() == Caller.Role.ADMIN; // an admin of the initial tenant is the operator
          case ROLES -> rule.roles().contains(k.getKey());
        };
        if (allowed && (r.statusCode() == 401 || r.statusCode() == 403)) {
          wrong.add(route + " as " + k.getKey() + ": allowed, got " + r.statusCode() + " " + r.body());
        }
        if (!allowed && (r.statusCode() != 403 || !r.body().contains("\"code\":\"forbidden\""))) {
          wrong.add(route + " as " + k.getKey() + ": expected 403, got " + r.statusCode());
        }
      }
      if (route.hasRecord()) {
        // another tenant's record is one that does not exist
        HttpResponse<String> theirs = send(route.method(), path, otherTenantKey, body);
        HttpResponse<String> none = send(route.method(), route.path(ids, true), otherTenantKey, body);
        checked += 2;
        if (theirs.statusCode() != none.statusCode()) {
          wrong.add(route + " from another tenant: " + theirs.statusCode() + ", a missing record: "
              + none.statusCode());
        }
        if (route.method().equals("GET") && theirs.statusCode() != 404) {
          wrong.add(route + " from another tenant: expected 404, got " + theirs.statusCode());
        }
      }
    }
    assertThat(wrong).as("of " + checked + " requests").isEmpty();
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void metricsAreForAdminsOnlyAndTheOperatorAloneManagesTenants() throws Exception {
    assertThat(send("GET", "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/actuator/prometheus", ownKeys.get(Caller.Role.ARCHITECT), null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/actuator/prometheus", ownKeys.get(Caller.Role.ADMIN), null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    // another tenant's admin manages its own keys, not tenants, and sees no other tenant's keys
    HttpResponse<String> tenants = send("GET", "/api/v1/admin/tenants", otherTenantKey, null);
    assertThat(tenants.statusCode()).isEqualTo(403);
    assertThat(tenants.body()).contains("operator");
    assertThat(send("GET", "/api/v1/admin/api-keys?tenant=default", otherTenantKey, null).statusCode())
        .isEqualTo(404);
    JsonNode theirKeys = JSON.readTree(send("GET", "/api/v1/admin/api-keys", otherTenantKey, null).body());
    assertThat(theirKeys).hasSize(1);
    assertThat(theirKeys.get(0).has("key")).as("a key is shown once, at creation").isFalse();
    // the audit log records what the operator did
    JsonNode audit = JSON.readTree(send("GET", "/api/v1/admin/audit", ownKeys.get(Caller.Role.AUDITOR), null).body());
    assertThat(audit.findValuesAsString("action")).contains("api_key.created", "api_key.revoked", "tenant.created");
    // a 403 names the role the route needs
    HttpResponse<String> forbidden = send("POST", "/api/v1/flows", ownKeys.get(Caller.Role.AUDITOR), "{}");
    assertThat(forbidden.body()).contains("architect");
  }
}

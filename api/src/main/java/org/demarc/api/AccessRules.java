package org.demarc.api;

import static org.demarc.api.Caller.Role.ADMIN;
import static org.demarc.api.Caller.Role.ARCHITECT;
import static org.demarc.api.Caller.Role.AUDITOR;
import static org.demarc.api.Caller.Role.PROCUREMENT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which route: the one table the security filter chain enforces, the 403 names roles from, the README's
 * roles table lists and the matrix test checks every route against (a route without a rule fails the build). The
 * first rule matching the method and path decides; roles act within the caller's own tenant.
 */
final class AccessRules {

  /** What a rule asks of the caller. */
  enum Access {
    /** Nothing: no credentials needed. */
    PUBLIC,
    /** One of the rule's roles. */
    ROLES,
    /** The operator: an admin of the initial tenant. */
    OPERATOR
  }

  /**
   * One rule.
   *
   * @param method the HTTP method, or null for any
   * @param pattern the path pattern
   * @param access what it asks
   * @param roles the roles that may (for {@link Access#ROLES})
   * @param parsed the pattern, parsed once
   */
  record Rule(String method, String pattern, Access access, Set<Caller.Role> roles, PathPattern parsed) {
    Rule(String method, String pattern, Access access, Set<Caller.Role> roles) {
      this(method, pattern, access, roles, PathPatternParser.defaultInstance.parse(pattern));
    }

    boolean matches(String m, PathContainer path) {
      return (method == null || method.equals(m)) && parsed.matches(path);
    }
  }

  private static Rule open(String method, String pattern) {
    return new Rule(method, pattern, Access.PUBLIC, Set.of());
  }

  private static Rule roles(String method, String pattern, Caller.Role first, Caller.Role... rest) {
    return new Rule(method, pattern, Access.ROLES, EnumSet.of(first, rest));
  }

  private static Rule operator(String method, String pattern) {
    return new Rule(method, pattern, Access.OPERATOR, Set.of(ADMIN));
  }

  static final List<Rule> RULES = List.of(
      // public: the rule reference, health probes, the OpenAPI document, error pages
      open("GET", "/api/v1/editions"),
      open("GET", "/api/v1/editions/**"),
      open("GET", "/actuator/health"),
      open("GET", "/actuator/health/**"),
      open("GET", "/actuator/info"),
      open("GET", "/v3/api-docs"),
      open("GET", "/v3/api-docs.yaml"),
      open("GET", "/v3/api-docs/**"),
      open("GET", "/swagger-ui.html"),
      open("GET", "/swagger-ui/**"),
      open(null, "/error"),
      roles("GET", "/actuator/prometheus", ADMIN),
      // architects: flows, ad-hoc evaluations and comparisons
      roles("POST", "/api/v1/evaluations", ARCHITECT),
      roles("POST", "/api/v1/evaluations/report", ARCHITECT),
      roles("POST", "/api/v1/evaluations/batch", ARCHITECT),
      roles("POST", "/api/v1/validations", ARCHITECT, PROCUREMENT),
      roles("POST", "/api/v1/comparisons", ARCHITECT),
      roles("POST", "/api/v1/comparisons/report", ARCHITECT),
      roles("POST", "/api/v1/flows", ARCHITECT),
      roles("PUT", "/api/v1/flows/{id}", ARCHITECT),
      roles("DELETE", "/api/v1/flows/{id}", ARCHITECT),
      roles("POST", "/api/v1/flows/{id}/evaluations", ARCHITECT),
      // procurement: contracts, contract checks and reviews
      roles("POST", "/api/v1/flows/{id}/contract-checks", PROCUREMENT),
      roles("GET", "/api/v1/flows/{id}/contracts", PROCUREMENT, AUDITOR),
      roles("POST", "/api/v1/contract-checks", PROCUREMENT),
      roles("POST", "/api/v1/contract-reviews", PROCUREMENT),
      roles("POST", "/api/v1/contracts", PROCUREMENT),
      roles("PUT", "/api/v1/contracts/{id}", PROCUREMENT),
      roles("DELETE", "/api/v1/contracts/{id}", PROCUREMENT),
      roles("GET", "/api/v1/contracts", PROCUREMENT, AUDITOR),
      roles("GET", "/api/v1/contracts/**", PROCUREMENT, AUDITOR),
      // reading flows: architects, procurement, auditors
      roles("GET", "/api/v1/flows", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/api/v1/flows/**", ARCHITECT, PROCUREMENT, AUDITOR),
      // decisions: those who decide read theirs; auditors read all; a replay writes nothing
      roles("GET", "/api/v1/decisions", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/api/v1/decisions/{id}", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("POST", "/api/v1/decisions/{id}/replay", ARCHITECT, PROCUREMENT, AUDITOR),
      // impact analyses
      roles("POST", "/api/v1/impact-analyses", ARCHITECT, PROCUREMENT),
      roles("GET", "/api/v1/impact-analyses/**", ARCHITECT, PROCUREMENT, AUDITOR),
      // the web app (WebSecurity): its login page, assets, language switch and rule reference are public
      open("GET", "/login"),
      open("GET", "/oauth2/**"),
      open("GET", "/login/oauth2/**"),
      open("GET", "/webjars/**"),
      open("GET", "/assets/**"),
      open("GET", "/favicon.ico"),
      open("GET", "/app/lang"),
      open("GET", "/app/rules"),
      open("GET", "/app/rules/changes"),
      roles("GET", "/", ARCHITECT, PROCUREMENT, AUDITOR, ADMIN),
      roles("GET", "/app", ARCHITECT, PROCUREMENT, AUDITOR, ADMIN),
      roles(null, "/app/denied", ARCHITECT, PROCUREMENT, AUDITOR, ADMIN),
      roles("GET", "/app/flows/**", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("POST", "/app/flows/editor", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("POST", "/app/flows/**", ARCHITECT),
      roles("GET", "/app/registry", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/app/contracts/**", PROCUREMENT, AUDITOR),
      roles("POST", "/app/contracts/**", PROCUREMENT),
      roles("GET", "/app/decisions", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/app/decisions/**", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("POST", "/app/decisions/{id}/replay", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/app/impact", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("GET", "/app/impact/**", ARCHITECT, PROCUREMENT, AUDITOR),
      roles("POST", "/app/impact", ARCHITECT, PROCUREMENT),
      roles("GET", "/app/admin/keys", ADMIN),
      roles("POST", "/app/admin/keys", ADMIN),
      roles("POST", "/app/admin/keys/{id}/revoke", ADMIN),
      // administration
      operator("POST", "/api/v1/admin/tenants"),
      operator("GET", "/api/v1/admin/tenants"),
      roles("POST", "/api/v1/admin/api-keys", ADMIN),
      roles("GET", "/api/v1/admin/api-keys", ADMIN),
      roles("DELETE", "/api/v1/admin/api-keys/{id}", ADMIN),
      roles("GET", "/api/v1/admin/audit", ADMIN, AUDITOR));

  private AccessRules() {}

  /** The rule for a request, or empty (then: any authenticated caller reaches it; only unknown paths, a 404). */
  static Optional<Rule> match(String method, String path) {
    String m = "HEAD".equals(method) ? "GET" : method;
    PathContainer parsed = PathContainer.parsePath(path);
    for (Rule r : RULES) {
      if (r.matches(m, parsed)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

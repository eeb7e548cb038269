package org.demarc.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may do what (issue 14), on Spring Security: stateless bearer authentication (API keys, or tokens verified as the
 * standard resource-server properties configure), every route authorised by {@link AccessRules}, and problem
 * documents for 401 (with {@code WWW-Authenticate}) and 403 (naming the roles the route needs).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
@org.springframework.context.annotation.Import(IdentityProviders.Wiring.class)
class SecurityConfiguration {

  /**
   * Spring Security's firewall, letting TRACE through to the route (which answers 405 without echoing the request,
   * {@link TraceFilter}); what it refuses is answered as a problem document.
   */
  @Bean
  org.springframework.security.web.firewall.HttpFirewall firewall() {
    org.springframework.security.web.firewall.StrictHttpFirewall f =
        new org.springframework.security.web.firewall.StrictHttpFirewall();
    f.setAllowedHttpMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"));
    return f;
  }

  /**
   * No observations of Spring Security's own steps: with a metrics registry present it wraps every filter of the
   * chain in an observation with before and after events, about 5% of every request's CPU in a profile under load,
   * for timers nobody reads (no tracing is set up; the service's own metrics and {@code http.server.requests} stay).
   */
  @Bean
  org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
    return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
  }

  @Bean
  org.springframework.security.web.firewall.RequestRejectedHandler rejected() {
    return (request, response, e) -> ProblemWriter.write(request, response, new ApiProblem(HttpStatus.BAD_REQUEST,
        ErrorCode.BAD_REQUEST.code(), Messages.of(ErrorCode.BAD_REQUEST).in(Language.current()), List.of()));
  }

  @Bean
  @org.springframework.core.annotation.Order(2)
  SecurityFilterChain demarcSecurity(HttpSecurity http, ApiKeyCache keys, IdentityProviders identities,
      DemarcProperties properties) throws Exception {
    BearerAuthentication bearer = new BearerAuthentication(keys, identities.jwtDecoder(), properties.security());
    BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .securityContext(c -> c.requireExplicitSave(true))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .anonymous(a -> a.disable())
        .headers(h -> h.cacheControl(c -> c.disable()).contentTypeOptions(c -> { }).frameOptions(f -> f.deny()))
        .authorizeHttpRequests(a -> a.anyRequest().access(SecurityConfiguration::decide))
        .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> bearer)
            .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, e, challenge))
            .accessDeniedHandler(forbidden()))
        .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
            unauthorized(request, response, ex, challenge)).accessDeniedHandler(forbidden()));
    return http.build();
  }

  /** The rule of {@link AccessRules} for the request: public, one of its roles, or the operator. */
  static AuthorizationResult decide(Supplier<? extends Authentication> authentication,
      RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    AccessRules.Rule rule = AccessRules.match(request.getMethod(), path(request)).orElse(null);
    if (rule != null && rule.access() == AccessRules.Access.PUBLIC) {
      return new AuthorizationDecision(true);
    }
    Authentication a = authentication.get();
    if (!(a instanceof CallerAuthentication ca) || !a.isAuthenticated()) {
      return new AuthorizationDecision(false);
    }
    Caller caller = ca.getPrincipal();
    if (rule == null) {
      return new AuthorizationDecision(true); // no such route: Spring MVC answers 404
    }
    boolean allowed = switch (rule.access()) {
      case PUBLIC -> true;
      case OPERATOR -> caller.operator();
      case ROLES -> rule.roles().stream().anyMatch(caller.roles()::contains);
    };
    return new AuthorizationDecision(allowed);
  }

  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
      BearerTokenAuthenticationEntryPoint challenge) throws IOException {
    challenge.commence(request, response, e); // status 401 and WWW-Authenticate: Bearer …
    String reason = e.getMessage() == null ? "no credentials" : e.getMessage();
    if (request.getHeader("Authorization") == null) {
      reason = "no credentials";
    }
    ProblemWriter.write(request, response, new ApiProblem(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.code(),
        Messages.of(ErrorCode.UNAUTHORIZED, "reason", reason).in(Language.current()), List.of()));
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, e) -> {
      Caller caller = CallerAuthentication.current();
      AccessRules.Rule rule = AccessRules.match(request.getMethod(), path(request)).orElse(null);
      String detail;
      if (rule != null && rule.access() == AccessRules.Access.OPERATOR) {
        detail = Messages.text("problem.forbidden_operator").in(Language.current());
      } else {
        String needed = rule == null ? "?" : String.join(" | ", rule.roles().stream().map(Caller.Role::id).toList());
        String has = caller == null ? "none" : String.join(", ", CallerAuthentication.roleNames(caller));
        detail = Messages.of(ErrorCode.FORBIDDEN, "roles", needed, "has", has.isEmpty() ? "none" : has)
            .in(Language.current());
      }
      ProblemWriter.write(request, response, new ApiProblem(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.code(), detail,
          List.of()));
    };
  }
}

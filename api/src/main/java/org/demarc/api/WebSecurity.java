package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.demarc.registry.ApiKeyRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may use the web app (issue 15): the same identities and roles as the API. The embedded default logs in with an
 * API key on the login page (Spring Security's form login; the key is the password field) and keeps a session cookie
 * (HttpOnly, SameSite=Lax) with CSRF protection on every form and htmx request. The session remembers the key's hash,
 * never the key, and ends at the next request once the key is revoked or expired. Pages are authorised by the same
 * table as the API ({@link AccessRules}); a strict Content-Security-Policy allows nothing from another origin and no
 * inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {
  /** The paths the web app owns; everything else belongs to the API's stateless chain. */
  static final String[] PATHS = {"/", "/login", "/logout", "/app", "/app/**", "/webjars/**", "/assets/**",
      "/favicon.ico", "/oauth2/**", "/login/oauth2/**"};

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
      + "object-src 'none'";

  private static final String KEY_HASH = "demarc.keyHash";
  /** Set on a session signed in through OIDC (it has no key to re-check). */
  private static final String OIDC = "demarc.oidc";

  @Bean
  @Order(1)
  SecurityFilterChain webChain(HttpSecurity http, ApiKeyCache keys, IdentityProviders identities,
      DemarcProperties properties) throws Exception {
    LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    org.springframework.security.web.context.HttpSessionSecurityContextRepository contexts =
        new org.springframework.security.web.context.HttpSessionSecurityContextRepository();
    http.securityContext(c -> c.securityContextRepository(contexts));
    if (identities.clients() != null) {
      // OIDC login where an identity provider is configured (spring.security.oauth2.client.registration.*): the ID
      // token's claims name the tenant and the roles, as for bearer tokens
      http.oauth2Login(o -> o.clientRegistrationRepository(identities.clients()).loginPage("/login")
          .failureUrl("/login?error")
          .successHandler((request, response, authentication) -> {
            CallerAuthentication caller = oidcCaller(authentication, properties.security());
            if (caller == null) {
              SecurityContextHolder.clearContext();
              request.getSession().invalidate();
              response.sendRedirect("/login?error");
              return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            request.getSession().setAttribute(OIDC, Boolean.TRUE);
            new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler()
                .onAuthenticationSuccess(request, response, caller);
          }));
    }
    http.securityMatcher(PATHS)
        .authenticationProvider(new KeyLogin(keys))
        .formLogin(f -> f.loginPage("/login").usernameParameter("name").passwordParameter("key")
            .successHandler((request, response, authentication) -> {
              request.getSession().setAttribute(KEY_HASH, ApiKeyRegistry.hash(request.getParameter("key")));
              new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler()
                  .onAuthenticationSuccess(request, response, authentication);
            })
            .failureUrl("/login?error"))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
            .frameOptions(f -> f.deny())
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new KeyStillValid(keys), SecurityContextHolderFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().access(SecurityConfiguration::decide))
        .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
          if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/login"); // an htmx request follows this to the login page
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          } else {
            login.commence(request, response, ex);
          }
        }).accessDeniedHandler((request, response, ex) -> {
          if (CallerAuthentication.current() == null) {
            login.commence(request, response, null);
            return;
          }
          request.getRequestDispatcher("/app/denied").forward(request, response);
        }));
    return http.build();
  }

  /** The caller an OIDC login stands for: tenant and roles from the configured claims; null without a tenant. */
  static CallerAuthentication oidcCaller(Authentication authentication, DemarcProperties.Security settings) {
    return authentication.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser user
        ? BearerAuthentication.fromClaims("oidc:" + user.getSubject(), user.getClaims(), settings) : null;
  }

  /** Form login whose password is an API key: the same lookup, expiry and revocation as a bearer key. */
  static final class KeyLogin implements AuthenticationProvider {
    private final ApiKeyCache keys;

    KeyLogin(ApiKeyCache keys) {
      this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
      Object credentials = authentication.getCredentials();
      String key = credentials == null ? "" : credentials.toString().trim();
      if (key.isEmpty() || key.length() > 200) {
        throw new BadCredentialsException("no key");
      }
      ApiKeyRegistry.ApiKey found = keys.find(key).orElseThrow(() -> new BadCredentialsException("unknown key"));
      String refused = BearerAuthentication.refusal(found);
      if (refused != null) {
        throw new BadCredentialsException(refused);
      }
      return BearerAuthentication.caller(found);
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }

  /** Ends a session whose key has since been revoked or has expired (checked through the key cache). */
  static final class KeyStillValid extends OncePerRequestFilter {
    private final ApiKeyCache keys;

    KeyStillValid(ApiKeyCache keys) {
      this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      if (session != null && CallerAuthentication.current() != null && session.getAttribute(OIDC) == null) {
        Object hash = session.getAttribute(KEY_HASH);
        boolean valid = hash instanceof String h && keys.byHash(h)
            .map(k -> BearerAuthentication.refusal(k) == null).orElse(false);
        if (!valid) {
          SecurityContextHolder.clearContext();
          session.invalidate();
        }
      }
      chain.doFilter(request, response);
    }
  }
}

package org.demarc.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.demarc.registry.ApiKeyRegistry;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Authenticates {@code Authorization: Bearer …}: a JWT (three dot-separated parts) with the token decoder configured
 * by the standard Spring properties ({@code spring.security.oauth2.resourceserver.jwt.*}), its tenant and roles read
 * from configurable claims; anything else as an API key, looked up by its hash. An unknown, expired or revoked key, a
 * token that does not verify, or a token without tenant is refused (401).
 */
final class BearerAuthentication implements AuthenticationManager {
  private final ApiKeyCache keys;
  private final JwtAuthenticationProvider jwt;
  private final DemarcProperties.Security settings;

  BearerAuthentication(ApiKeyCache keys, JwtDecoder decoder, DemarcProperties.Security settings) {
    this.keys = keys;
    this.settings = settings;
    if (decoder == null) {
      this.jwt = null;
    } else {
      this.jwt = new JwtAuthenticationProvider(decoder);
      this.jwt.setJwtAuthenticationConverter(this::fromJwt);
    }
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String token = ((BearerTokenAuthenticationToken) authentication).getToken();
    if (token.chars().filter(c -> c == '.').count() == 2) {
      if (jwt == null) {
        throw new InvalidBearerTokenException("bearer tokens are not configured");
      }
      return jwt.authenticate(authentication);
    }
    ApiKeyRegistry.ApiKey key = keys.find(token)
        .orElseThrow(() -> new InvalidBearerTokenException("unknown API key"));
    String refused = refusal(key);
    if (refused != null) {
      throw new InvalidBearerTokenException(refused);
    }
    return caller(key);
  }

  /** Why a stored key may not be used now (revoked, expired), or null when it may. */
  static String refusal(ApiKeyRegistry.ApiKey key) {
    if (key.revokedAt() != null) {
      return "the API key is revoked";
    }
    return key.activeAt(Instant.now()) ? null : "the API key has expired";
  }

  /** The caller a usable key stands for. */
  static CallerAuthentication caller(ApiKeyRegistry.ApiKey key) {
    return new CallerAuthentication(new Caller(key.id(), key.tenant(), roles(key.roles()), key.id()));
  }

  static Set<Caller.Role> roles(java.util.Collection<String> names) {
    Set<Caller.Role> out = EnumSet.noneOf(Caller.Role.class);
    for (String n : names) {
      Caller.Role r = Caller.Role.of(n);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** A verified token as a caller: its tenant and roles from the configured claims. */
  private CallerAuthentication fromJwt(Jwt jwt) {
    CallerAuthentication caller = fromClaims("jwt:" + jwt.getSubject(), jwt.getClaims(), settings);
    if (caller == null) {
      throw new InvalidBearerTokenException("the token names no tenant (claim " + settings.tenantClaim() + ")");
    }
    return caller;
  }

  /**
   * The caller verified claims stand for (a bearer token's, or an OIDC login's ID token): the tenant and the roles
   * from the claims the settings name (roles as a list, or a space- or comma-separated string); null without a
   * tenant.
   */
  static CallerAuthentication fromClaims(String id, java.util.Map<String, Object> claims,
      DemarcProperties.Security settings) {
    Object tenant = claims.get(settings.tenantClaim());
    if (!(tenant instanceof String t) || t.isBlank()) {
      return null;
    }
    Object claim = claims.get(settings.rolesClaim());
    List<String> names = claim instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf).toList()
        : claim instanceof String r ? List.of(r.split("[ ,]+")) : List.of();
    return new CallerAuthentication(new Caller(id, t, roles(names), id));
  }
}

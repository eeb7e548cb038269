package org.demarc.api;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The identity providers configured by the standard Spring properties, decided when the service starts: the token
 * decoder of {@code spring.security.oauth2.resourceserver.jwt.*} (bearer tokens) and the OIDC client registrations of
 * {@code spring.security.oauth2.client.*} (sign-in on the web app).
 *
 * <p>Spring Boot's own auto-configurations for both are excluded ({@link DemarcApplication}) because they decide by
 * conditions on these properties, and {@code bin/demarc-service} starts the service with the bean definitions Spring
 * prepared when the jar was built (Spring AOT), where such conditions are those of the build. What they build is built
 * here the same way (the same Spring Security builders, validators and precedence), from the properties as they are at
 * start, so tokens and sign-in work whichever way the service is started.
 *
 * @param jwtDecoder the decoder for bearer tokens, or null when no token issuer is configured (tokens are refused)
 * @param clients the OIDC client registrations, or null when none is configured (sign-in with API keys only)
 */
record IdentityProviders(JwtDecoder jwtDecoder, InMemoryClientRegistrationRepository clients) {

  /** The registrations the login page offers; empty without any. */
  List<ClientRegistration> registrations() {
    List<ClientRegistration> out = new ArrayList<>();
    if (clients != null) {
      clients.forEach(out::add);
    }
    return out;
  }

  /** Builds them from the bound properties when the context starts. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({OAuth2ResourceServerProperties.class, OAuth2ClientProperties.class})
  static class Wiring {
    @Bean
    IdentityProviders identityProviders(OAuth2ResourceServerProperties resourceServer, OAuth2ClientProperties client)
        throws Exception {
      return new IdentityProviders(jwtDecoder(resourceServer.getJwt()), clients(client));
    }
  }

  /**
   * The token decoder the properties configure, with Spring Boot's precedence: a JWK set URI, else an issuer (whose
   * discovery document is read when the first token arrives), else a public key; null when none is set (blank counts
   * as not set).
   */
  static JwtDecoder jwtDecoder(OAuth2ResourceServerProperties.Jwt jwt) throws Exception {
    String issuer = StringUtils.hasText(jwt.getIssuerUri()) ? jwt.getIssuerUri() : null;
    if (StringUtils.hasText(jwt.getJwkSetUri())) {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
          .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().forEach(a -> algorithms.add(algorithm(a)))).build();
      decoder.setJwtValidator(validator(jwt, issuer == null ? List.of() : List.of(new JwtIssuerValidator(issuer))));
      return decoder;
    }
    if (issuer != null) {
      return new SupplierJwtDecoder(() -> {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        decoder.setJwtValidator(validator(jwt, List.of(new JwtIssuerValidator(issuer))));
        return decoder;
      });
    }
    if (jwt.getPublicKeyLocation() != null) {
      String pem = jwt.readPublicKey().replace("-----BEGIN PUBLIC KEY-----", "")
          .replace("-----END PUBLIC KEY-----", "");
      RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
      if (jwt.getJwsAlgorithms().size() != 1) {
        throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jws-algorithms: a public key "
            + "verifies exactly one algorithm, not " + jwt.getJwsAlgorithms());
      }
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key)
          .signatureAlgorithm(algorithm(jwt.getJwsAlgorithms().get(0))).build();
      decoder.setJwtValidator(validator(jwt, List.of()));
      return decoder;
    }
    return null;
  }

  private static SignatureAlgorithm algorithm(String name) {
    SignatureAlgorithm a = SignatureAlgorithm.from(name);
    if (a == null) {
      throw new IllegalStateException(
          "spring.security.oauth2.resourceserver.jwt.jws-algorithms: no such signature algorithm: " + name);
    }
    return a;
  }

  /** The validators given, or the default ones, and the audience check when audiences are configured. */
  private static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt jwt,
      List<OAuth2TokenValidator<Jwt>> given) {
    List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>(given);
    List<String> audiences = jwt.getAudiences();
    if (audiences != null && !audiences.isEmpty()) {
      all.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
          aud -> aud != null && !Collections.disjoint(aud, audiences)));
    }
    return all.isEmpty() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithValidators(all);
  }

  /** The OIDC client registrations the properties configure (providers by issuer are discovered now), or null. */
  static InMemoryClientRegistrationRepository clients(OAuth2ClientProperties properties) {
    properties.validate();
    Map<String, ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties)
        .asClientRegistrations();
    return registrations.isEmpty() ? null : new InMemoryClientRegistrationRepository(List.copyOf(
        registrations.values()));
  }
}

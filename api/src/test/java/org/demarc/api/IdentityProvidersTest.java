package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The identity providers built at start from the standard Spring properties: which token decoder (Spring Boot's
 * precedence: a JWK set URI, else an issuer, else a public key), what it accepts, and the OIDC registrations.
 */
class IdentityProvidersTest {
  private static KeyPair keys;
  private static KeyPair other;

  @TempDir
  static Path dir;

  private static Path pem;

  @BeforeAll
  static void keys() throws Exception {
    keys = TestJwts.keyPair();
    other = TestJwts.keyPair();
    pem = TestJwts.writePem(dir.resolve("issuer.pub"), keys.getPublic());
  }

  private static String token(KeyPair signer, String audience) throws Exception {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("alice").issueTime(new Date())
        .expirationTime(new Date(System.currentTimeMillis() + 300_000));
    if (audience != null) {
      claims.audience(audience);
    }
    return TestJwts.sign(signer, claims.build());
  }

  private static OAuth2ResourceServerProperties.Jwt jwt() {
    return new OAuth2ResourceServerProperties().getJwt();
  }

  @Test
  void withoutAnIssuerTokensAreNotConfigured() throws Exception {
    assertThat(IdentityProviders.jwtDecoder(jwt())).isNull();
    OAuth2ResourceServerProperties.Jwt blank = jwt();
    blank.setIssuerUri(" ");
    blank.setJwkSetUri("");
    assertThat(IdentityProviders.jwtDecoder(blank)).isNull();
  }

  @Test
  void aPublicKeyVerifiesTokensSignedWithItsPairOnly() throws Exception {
    OAuth2ResourceServerProperties.Jwt p = jwt();
    p.setPublicKeyLocation(new FileSystemResource(pem));
    JwtDecoder decoder = IdentityProviders.jwtDecoder(p);
    assertThat(decoder).isInstanceOf(NimbusJwtDecoder.class);
    assertThat(decoder.decode(token(keys, null)).getSubject()).isEqualTo("alice");
    assertThatThrownBy(() -> decoder.decode(token(other, null))).isInstanceOf(JwtException.class);
  }

  @Test
  void configuredAudiencesAreRequired() throws Exception {
    OAuth2ResourceServerProperties.Jwt p = jwt();
    p.setPublicKeyLocation(new FileSystemResource(pem));
    p.setAudiences(List.of("demarc"));
    JwtDecoder decoder = IdentityProviders.jwtDecoder(p);
    assertThat(decoder.decode(token(keys, "demarc")).getAudience()).containsExactly("demarc");
    assertThatThrownBy(() -> decoder.decode(token(keys, "another-service")))
        .isInstanceOf(JwtValidationException.class);
    assertThatThrownBy(() -> decoder.decode(token(keys, null))).isInstanceOf(JwtValidationException.class);
  }

  @Test
  void anIssuerComesBeforeAPublicKeyAndAJwkSetUriBeforeBoth() throws Exception {
    OAuth2ResourceServerProperties.Jwt p = jwt();
    p.setPublicKeyLocation(new FileSystemResource(pem));
    p.setIssuerUri("http://127.0.0.1:1/issuer");
    // as Spring Boot decides: the issuer's discovery, not the key (read when the first token arrives)
    JwtDecoder byIssuer = IdentityProviders.jwtDecoder(p);
    assertThat(byIssuer).isInstanceOf(SupplierJwtDecoder.class);
    assertThatThrownBy(() -> byIssuer.decode(token(keys, null))).isInstanceOf(RuntimeException.class);
    p.setJwkSetUri("http://127.0.0.1:1/jwks");
    JwtDecoder byJwkSet = IdentityProviders.jwtDecoder(p);
    assertThat(byJwkSet).isInstanceOf(NimbusJwtDecoder.class);
    // the key set is fetched from its URI (nothing listens there), so the public key does not verify the token
    assertThatThrownBy(() -> byJwkSet.decode(token(keys, null))).isInstanceOf(JwtException.class);
  }

  @Test
  void aPublicKeyVerifiesOneAlgorithm() {
    OAuth2ResourceServerProperties.Jwt p = jwt();
    p.setPublicKeyLocation(new FileSystemResource(pem));
    p.setJwsAlgorithms(List.of("RS256", "RS512"));
    assertThatThrownBy(() -> IdentityProviders.jwtDecoder(p)).hasMessageContaining("exactly one algorithm");
    p.setJwsAlgorithms(List.of("XX999"));
    assertThatThrownBy(() -> IdentityProviders.jwtDecoder(p)).hasMessageContaining("no such signature algorithm");
  }

  @Test
  void everyOidcRegistrationIsOffered() {
    OAuth2ClientProperties none = new OAuth2ClientProperties();
    assertThat(IdentityProviders.clients(none)).isNull();
    assertThat(new IdentityProviders(null, null).registrations()).isEmpty();

    OAuth2ClientProperties two = new OAuth2ClientProperties();
    for (String id : List.of("corp", "partner")) {
      OAuth2ClientProperties.Registration r = new OAuth2ClientProperties.Registration();
      r.setClientId("demarc");
      r.setClientSecret("secret");
      r.setClientName(id + " IdP");
      r.setAuthorizationGrantType("authorization_code");
      r.setRedirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
      r.setScope(java.util.Set.of("openid"));
      r.setProvider(id);
      two.getRegistration().put(id, r);
      OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
      provider.setAuthorizationUri("https://" + id + ".example/authorize");
      provider.setTokenUri("https://" + id + ".example/token");
      provider.setJwkSetUri("https://" + id + ".example/jwks");
      two.getProvider().put(id, provider);
    }
    IdentityProviders providers = new IdentityProviders(null, IdentityProviders.clients(two));
    assertThat(providers.registrations()).extracting(ClientRegistration::getRegistrationId)
        .containsExactlyInAnyOrder("corp", "partner");
    assertThat(providers.clients().findByRegistrationId("partner").getProviderDetails().getAuthorizationUri())
        .isEqualTo("https://partner.example/authorize");
  }
}

package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC login where an identity provider is configured: the login page offers it; the authorization-code flow against
 * an identity provider this test runs (discovery, keys, token endpoint; the ID token signed with a key the test
 * generates) signs the person in with the tenant and roles its claims name; an ID token without a tenant is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebOidcLoginTest {
  private static HttpServer idp;
  private static RSAKey signingKey;
  private static String issuer;
  /** The claims the next ID token carries besides the standard ones. */
  private static volatile Map<String, Object> nextClaims = Map.of();
  private static volatile String nonce;

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
    signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
    idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer = "http://127.0.0.1:" + idp.getAddress().getPort();
    idp.createContext("/.well-known/openid-configuration", x -> json(x, "{\"issuer\":\"" + issuer + "\","
        + "\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\","
        + "\"jwks_uri\":\"" + issuer + "/jwks\",\"subject_types_supported\":[\"public\"],"
        + "\"response_types_supported\":[\"code\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
    idp.createContext("/jwks", x -> json(x, new JWKSet(signingKey.toPublicJWK()).toString()));
    idp.createContext("/token", x -> {
      try {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("alice")
            .audience("demarc").issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 300_000))
            .claim("nonce", nonce);
        nextClaims.forEach(claims::claim);
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
            claims.build());
        token.sign(new RSASSASigner(signingKey));
        json(x, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\","
            + "\"id_token\":\"" + token.serialize() + "\"}");
      } catch (Exception e) {
        throw new IOException(e);
      }
    });
    idp.start();
    String r = "spring.security.oauth2.client.registration.corp.";
    registry.add(r + "client-id", () -> "demarc");
    registry.add(r + "client-secret", () -> "secret");
    registry.add(r + "client-name", () -> "Corp IdP");
    registry.add(r + "scope", () -> "openid");
    registry.add(r + "authorization-grant-type", () -> "authorization_code");
    registry.add(r + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add("spring.security.oauth2.client.provider.corp.issuer-uri", () -> issuer);
    registry.add("demarc.data-dir", () -> tempDir());
  }

  private static String tempDir() {
    try {
      return Files.createTempDirectory("demarc-oidc").toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void json(HttpExchange x, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @AfterAll
  static void stop() {
    idp.stop(0);
  }

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> query(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Asks for a page, goes through the identity provider (which approves at once), and returns the last answer. */
  private HttpResponse<String> signInThroughTheProvider(String page) throws Exception {
    String base = "http://localhost:" + port;
    HttpResponse<String> r = get(base + page);
    assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(get(base + "/login").body()).contains("Sign in with Corp IdP");
    r = get(base + "/oauth2/authorization/corp");
    String authorize = r.headers().firstValue("Location").orElseThrow();
    assertThat(authorize).startsWith(issuer + "/authorize");
    Map<String, String> q = query(authorize);
    nonce = q.get("nonce");
    // the provider approves and sends the browser back with a code
    return get(q.get("redirect_uri") + "?code=the-code&state="
        + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
  }

  @Test
  void signsInWithTheTenantAndRolesTheIdTokenNames() throws Exception {
    nextClaims = Map.of("tenant", "default", "roles", List.of("auditor"));
    HttpResponse<String> back = signInThroughTheProvider("/app/decisions");
    assertThat(back.statusCode()).isEqualTo(302);
    String next = back.headers().firstValue("Location").orElseThrow();
    assertThat(next).contains("/app/decisions");
    HttpResponse<String> page = get(next.startsWith("http") ? next : "http://localhost:" + port + next);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("oidc:alice").contains("Decisions");
    // an auditor may not manage keys
    assertThat(get("http://localhost:" + port + "/app/admin/keys").statusCode()).isEqualTo(403);
  }

  @Test
  void anIdTokenWithoutATenantIsRefused() throws Exception {
    nextClaims = Map.of("roles", List.of("auditor"));
    HttpResponse<String> back = signInThroughTheProvider("/app/decisions");
    assertThat(back.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    assertThat(get("http://localhost:" + port + "/app/decisions").headers().firstValue("Location").orElse(""))
        .endsWith("/login");
  }
}

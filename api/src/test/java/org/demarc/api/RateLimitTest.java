package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A key over its rate limit gets 429 with Retry-After; another key is not held back by it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "demarc.security.rate-limit-per-minute=5")
class RateLimitTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> list(String key) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/flows?limit=1"))
        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aKeyOverItsLimitGets429WithRetryAfter() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(list(TestKeys.ALL).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = list(TestKeys.ALL);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(limited.body()).contains("\"code\":\"rate_limited\"");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    // counted per key: the operator's key still works
    HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/v1/admin/api-keys")).header("Authorization", "Bearer " + TestKeys.OPERATOR).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(200);
  }
}

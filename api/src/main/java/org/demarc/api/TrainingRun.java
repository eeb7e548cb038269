package org.demarc.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training start of {@code bin/demarc-service} ({@code demarc.training-run=true}, never set otherwise): the launcher
 * records its start-up archive (Java 25's ahead-of-time cache, or a class-data-sharing archive on Java 17 to 24) from
 * a run that starts the service on a scratch data directory, and with this the run also answers what a first user asks
 * for, through its own HTTP port: the sign-in page and its assets, a key made with the admin key the launcher chose, a
 * validation, an evaluation in English and in Japanese, an edition comparison. The archive then holds the classes those
 * requests load (and, on Java 25, their method profiles), so the first requests after a start find them ready. Then
 * the service stops; the exit status says whether every request was answered as expected. The setting is read when
 * the service starts, not by a condition on the bean: the launcher starts the service with the bean definitions Spring
 * AOT prepared when the jar was built, where a condition would be the build's.
 */
@Component
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
  private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");
  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
  private final DemarcProperties properties;
  private final boolean enabled;

  TrainingRun(DemarcProperties properties, Environment environment) {
    this.properties = properties;
    this.enabled = environment.getProperty("demarc.training-run", Boolean.class, false);
  }

  /** Whether this start is the launcher's training start ({@code demarc.training-run=true}). */
  boolean enabled() {
    return enabled;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!enabled) {
      return;
    }
    int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
    List<String> failures = train("http://127.0.0.1:" + port, properties.adminKey());
    failures.forEach(f -> LOG.warn("training run: {}", f));
    int status = SpringApplication.exit(event.getApplicationContext(), () -> failures.isEmpty() ? 0 : 1);
    System.exit(status);
  }

  /**
   * Sends the training requests to the service at {@code base}, as a first user would.
   *
   * @return what went other than expected, empty when every request was answered as expected
   */
  static List<String> train(String base, String adminKey) {
    List<String> failures = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> login = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET(), 200, failures);
      Set<String> assets = new LinkedHashSet<>();
      Matcher m = ASSET.matcher(login.body());
      while (m.find()) {
        assets.add(m.group(1));
      }
      if (assets.isEmpty()) {
        failures.add("the sign-in page links no asset");
      }
      for (String asset : assets) {
        send(http, HttpRequest.newBuilder(URI.create(base + asset)).GET(), 200, failures);
      }
      if (adminKey == null || adminKey.isBlank()) {
        failures.add("no admin key (demarc.admin-key) to make a key with");
        return failures;
      }
      HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/api-keys"))
          .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"training run\",\"roles\":[\"architect\"]}")), 201,
          failures);
      Matcher key = KEY.matcher(created.body());
      if (!key.find()) {
        failures.add("no key in the answer to POST /api/v1/admin/api-keys");
        return failures;
      }
      String bearer = "Bearer " + key.group(1);
      String[][] asked = {{"/api/v1/validations", "en"}, {"/api/v1/evaluations", "en"}, {"/api/v1/evaluations", "ja"},
          {"/api/v1/comparisons?from=E2007_V2&to=E2008_V3", "en"}};
      for (String[] a : asked) {
        send(http, HttpRequest.newBuilder(URI.create(base + a[0])).header("Authorization", bearer)
            .header("Content-Type", "application/json").header("Accept-Language", a[1])
            .POST(HttpRequest.BodyPublishers.ofString(ApiExamples.FLOW)), 200, failures);
      }
    } catch (java.io.IOException e) {
      failures.add("the service did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add("interrupted");
    }
    return failures;
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, int expected,
      List<String> failures) throws java.io.IOException, InterruptedException {
    HttpRequest r = request.timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      failures.add(r.method() + " " + r.uri().getRawPath() + ": " + response.statusCode() + " instead of " + expected);
    }
    return response;
  }
}

package org.demarc.api.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app's speed as a user feels it, measured in Debian's chromium (run by {@code bench/web.sh}, not by the
 * tests): each page's first load in a fresh browser with an empty cache (navigation start to the load event, from
 * the browser's Navigation Timing), then the median of later loads; and the evaluate round trip (click to the result on screen,
 * timed in the page from the click to htmx's afterSettle).
 *
 * <p>Arguments: the service's base URL, a key with the architect, procurement and auditor roles, a stored flow id, a
 * recorded decision id, a finished impact analysis id.
 */
public final class WebTimings {
  private WebTimings() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String key = args[1];
    String flow = args[2];
    String decision = args[3];
    String impact = args[4];
    List<String[]> pages = List.of(
        new String[] {"login", "/login"},
        new String[] {"home", "/app"},
        new String[] {"flow editor (new)", "/app/flows/new"},
        new String[] {"flow editor (stored)", "/app/flows/" + flow + "/edit"},
        new String[] {"registry", "/app/registry"},
        new String[] {"contract check", "/app/contracts/check"},
        new String[] {"decisions", "/app/decisions"},
        new String[] {"decision", "/app/decisions/" + decision},
        new String[] {"impact analysis", "/app/impact"},
        new String[] {"impact analysis (done)", "/app/impact/" + impact},
        new String[] {"rule reference", "/app/rules"});
    System.out.printf("%-26s %12s %14s%n", "page", "first load", "later (median)");
    for (String[] p : pages) {
      WebDriver d = browser();
      try {
        if (!p[1].equals("/login")) {
          signIn(d, base, key);
        }
        // first load: a new browser, its cache emptied after signing in (the sign-in page loads the same assets)
        ((ChromeDriver) d).executeCdpCommand("Network.clearBrowserCache", Map.of());
        double first = load(d, base + p[1]);
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          later.add(load(d, base + p[1]));
        }
        System.out.printf("%-26s %9.0f ms %11.0f ms%n", p[0], first, median(later));
      } finally {
        d.quit();
      }
    }
    WebDriver d = browser();
    try {
      signIn(d, base, key);
      load(d, base + "/app/flows/" + flow + "/edit");
      JavascriptExecutor js = (JavascriptExecutor) d;
      List<Double> rounds = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        Object ms = js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
            + "const start = performance.now();"
            + "document.body.addEventListener('htmx:afterSettle', function h(e) {"
            + "  if (e.detail.target && e.detail.target.id === 'result') {"
            + "    document.body.removeEventListener('htmx:afterSettle', h); done(performance.now() - start); } });"
            + "document.getElementById('evaluate').click();");
        rounds.add(((Number) ms).doubleValue());
      }
      List<Double> warm = rounds.subList(5, rounds.size());
      System.out.printf("evaluate round trip (click to result on screen): first %.0f ms, median %.0f ms, "
          + "p95 %.0f ms (%d rounds after 5 warm-up)%n", rounds.get(0), median(warm), percentile(warm, 0.95),
          warm.size());
    } finally {
      d.quit();
    }
  }

  private static WebDriver browser() throws Exception {
    Path profile = Files.createTempDirectory("demarc-bench-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(new File("/usr/bin/chromium"));
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    WebDriver d = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), o);
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return d;
  }

  private static void signIn(WebDriver d, String base, String key) {
    d.get(base + "/login");
    d.findElement(By.id("key")).sendKeys(key);
    d.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !x.getCurrentUrl().contains("/login"));
  }

  /** Loads a page and returns navigation start to the end of its load event, as the browser timed it. */
  private static double load(WebDriver d, String url) {
    d.get(url);
    WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
    wait.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
        "const n = performance.getEntriesByType('navigation')[0]; return !!n && n.loadEventEnd > 0;")));
    return ((Number) ((JavascriptExecutor) d).executeScript(
        "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;"))
        .doubleValue();
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
  }
}

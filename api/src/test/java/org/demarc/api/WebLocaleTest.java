package org.demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The answer's language: chosen once per request, from the cookie on web paths, else from Accept-Language. */
class WebLocaleTest {
  private final WebLocale.Resolver resolver = new WebLocale.Resolver();

  /** A request that counts how often its Accept-Language header is read. */
  private static final class CountingRequest extends MockHttpServletRequest {
    final AtomicInteger headerReads = new AtomicInteger();

    CountingRequest(String uri) {
      super("POST", uri);
    }

    @Override
    public String getHeader(String name) {
      if ("Accept-Language".equalsIgnoreCase(name)) {
        headerReads.incrementAndGet();
      }
      return super.getHeader(name);
    }
  }

  @Test
  void theHeaderIsReadOncePerRequestHoweverOftenTheLanguageIsAsked() {
    CountingRequest request = new CountingRequest("/api/v1/evaluations");
    request.addHeader("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5");
    for (int i = 0; i < 100; i++) {
      assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("ja");
    }
    assertThat(request.headerReads.get()).isLessThanOrEqualTo(1);
  }

  @Test
  void eachRequestResolvesItsOwnLanguage() {
    MockHttpServletRequest japanese = new MockHttpServletRequest("POST", "/api/v1/evaluations");
    japanese.addHeader("Accept-Language", "ja");
    MockHttpServletRequest english = new MockHttpServletRequest("POST", "/api/v1/evaluations");
    english.addHeader("Accept-Language", "en-US");
    MockHttpServletRequest none = new MockHttpServletRequest("POST", "/api/v1/evaluations");
    assertThat(resolver.resolveLocale(japanese)).isEqualTo(Locale.JAPANESE);
    assertThat(resolver.resolveLocale(english).getLanguage()).isEqualTo("en");
    assertThat(resolver.resolveLocale(none)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theWebAppsCookieWinsOnWebPathsOnlyAndSwitchingTakesEffectAtOnce() {
    MockHttpServletRequest web = new MockHttpServletRequest("GET", "/flows");
    web.addHeader("Accept-Language", "en");
    web.setCookies(new Cookie(WebLocale.COOKIE, "ja"));
    assertThat(resolver.resolveLocale(web)).isEqualTo(Locale.JAPANESE);
    MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/flows");
    api.addHeader("Accept-Language", "en");
    api.setCookies(new Cookie(WebLocale.COOKIE, "ja"));
    assertThat(resolver.resolveLocale(api).getLanguage()).isEqualTo("en");

    MockHttpServletResponse response = new MockHttpServletResponse();
    resolver.setLocale(web, response, Locale.ENGLISH);
    assertThat(resolver.resolveLocale(web)).isEqualTo(Locale.ENGLISH);
    assertThat(response.getCookie(WebLocale.COOKIE).getValue()).isEqualTo("en");
  }
}

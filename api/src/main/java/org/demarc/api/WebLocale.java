package org.demarc.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of an answer: the API follows Accept-Language only (Japanese for ja, English otherwise); the web app
 * follows the language the user chose (a cookie set by the switch in its header), else the browser's preference.
 */
@Configuration(proxyBeanMethods = false)
class WebLocale {
  static final String COOKIE = "demarc-lang";
  static final Locale JA = Locale.JAPANESE;
  static final Locale EN = Locale.ENGLISH;

  @Bean
  LocaleResolver localeResolver() {
    return new Resolver();
  }

  /**
   * The cookie's language on web paths, else the Accept-Language header's; resolved once per request. Spring asks
   * the resolver again each time the locale is read, and every text of an answer reads it: parsing the header for
   * each took about 5% of an evaluation request's CPU (profiled under load).
   */
  static final class Resolver implements LocaleResolver {
    /** The request attribute that keeps the request's resolved language. */
    static final String RESOLVED = WebLocale.class.getName() + ".resolved";
    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    Resolver() {
      header.setDefaultLocale(EN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
        return resolved;
      }
      Locale locale = resolve(request);
      request.setAttribute(RESOLVED, locale);
      return locale;
    }

    private Locale resolve(HttpServletRequest request) {
      if (!request.getRequestURI().startsWith("/api/") && request.getCookies() != null) {
        for (Cookie c : request.getCookies()) {
          if (COOKIE.equals(c.getName()) && List.of("ja", "en").contains(c.getValue())) {
            return "ja".equals(c.getValue()) ? JA : EN;
          }
        }
      }
      return header.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      Cookie c = new Cookie(COOKIE, locale != null && "ja".equals(locale.getLanguage()) ? "ja" : "en");
      c.setPath("/");
      c.setHttpOnly(true);
      c.setMaxAge(365 * 24 * 3600);
      c.setAttribute("SameSite", "Lax");
      response.addCookie(c);
      request.setAttribute(RESOLVED, "ja".equals(c.getValue()) ? JA : EN);
    }
  }
}

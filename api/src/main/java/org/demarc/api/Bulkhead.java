package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many expensive requests (everything posted under /api/v1: evaluations, batches, comparisons, contract
 * checks and reviews, validations, reports) are served at once. A request that finds no place within a short wait
 * is answered at once with 503 {@code overloaded} and {@code Retry-After}, instead of queueing into memory
 * exhaustion; health, readiness, metrics and the GET routes are never held back.
 */
@Component
@Order(-100) // after the request context (-105), so the problem speaks the requested language
class Bulkhead extends OncePerRequestFilter {
  private final Semaphore places;
  private final long waitMillis;
  private final int retryAfterSeconds;

  /** The web app's routes that evaluate (the rest of it only reads or renders). */
  private static final java.util.regex.Pattern WEB_EXPENSIVE = java.util.regex.Pattern.compile(
      "/app/(flows/(evaluate|compare|report|save)|contracts/check|decisions/[^/]+/replay|impact)");

  Bulkhead(DemarcProperties properties) {
    this.places = new Semaphore(properties.maxConcurrent(), true);
    this.waitMillis = properties.queueWaitMillis();
    this.retryAfterSeconds = properties.retryAfterSeconds();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !(uri.startsWith("/api/v1/") || WEB_EXPENSIVE.matcher(uri).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean acquired;
    try {
      acquired = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
      ProblemWriter.write(request, response, new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.OVERLOADED.code(),
          Messages.of(ErrorCode.OVERLOADED, "seconds", retryAfterSeconds).in(Language.current()), List.of()));
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      places.release();
    }
  }

  /** Places free now (for tests and metrics). */
  int available() {
    return places.availablePermits();
  }
}

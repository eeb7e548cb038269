package org.demarc.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-key rate limits ({@code demarc.security.rate-limit-per-minute}; 0, the default, is none), with Bucket4j: one
 * bucket per key or token subject, refilled greedily; a request over the limit gets 429 {@code rate_limited} with
 * {@code Retry-After}. Buckets live in this instance (several instances each allow the limit).
 */
@Component
@Order(-101) // after authentication (-102), before the bulkhead (-100): a limited caller takes no place in it
class RateLimitFilter extends OncePerRequestFilter {
  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimitFilter(DemarcProperties properties) {
    this.perMinute = properties.security().rateLimitPerMinute();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return perMinute <= 0;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = CallerAuthentication.current();
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    Bucket bucket = buckets.computeIfAbsent(caller.rateKey(), k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    response.setHeader("Retry-After", Long.toString(seconds));
    ProblemWriter.write(request, response, new ApiProblem(HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.RATE_LIMITED.code(), Messages.of(ErrorCode.RATE_LIMITED, "seconds", seconds)
        .in(Language.current()), List.of()));
  }
}

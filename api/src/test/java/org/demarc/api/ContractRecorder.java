package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Test only (found by component scanning of the tests' own package): records every answer any test of this module
 * gets from /api/v1, so {@link OpenApiContractTest} can validate all of them against the served OpenAPI document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContractRecorder extends OncePerRequestFilter {
  /** One answer as the client got it. */
  record Recorded(String method, String path, int status, String contentType, byte[] body, String retryAfter) {}

  /** Bodies larger than this are checked for status and media type only (validating them would take minutes). */
  static final int MAX_VALIDATED_BYTES = 512 * 1024;
  static final Queue<Recorded> RECORDED = new ConcurrentLinkedQueue<>();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      byte[] body = wrapper.getContentAsByteArray();
      RECORDED.add(new Recorded(request.getMethod(), request.getRequestURI(), wrapper.getStatus(),
          wrapper.getContentType(), body.length > MAX_VALIDATED_BYTES ? null : body, wrapper.getHeader("Retry-After")));
      wrapper.copyBodyToResponse();
    }
  }
}

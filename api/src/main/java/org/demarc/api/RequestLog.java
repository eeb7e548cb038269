package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.demarc.app.DecisionIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every request once it is answered (method, path, status, milliseconds) with its decision id: a request that
 * decides something (an evaluation, comparison, contract check or review, batch) gets its id here, answers with it
 * in the body and the {@code Demarc-Decision-Id} header, and its log line carries it (MDC {@code decisionId}, a field
 * of the structured JSON logs too). Health and metrics probes are logged at DEBUG only.
 */
@Component
@Order(-104) // after the request context (-105), before everything else of ours
class RequestLog extends OncePerRequestFilter {
  static final String ATTRIBUTE = "demarc.decisionId";
  private static final Logger LOG = LoggerFactory.getLogger("org.demarc.api.requests");

  /** The decision id of the current request, or a new one outside a request. */
  static String decisionId() {
    RequestAttributes a = RequestContextHolder.getRequestAttributes();
    Object id = a == null ? null : a.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return id == null ? DecisionIds.next() : id.toString();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    boolean decides = "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/v1/")
        && !request.getRequestURI().startsWith("/api/v1/validations");
    String id = null;
    if (decides) {
      id = DecisionIds.next();
      request.setAttribute(ATTRIBUTE, id);
      response.setHeader(ReportResponses.DECISION_ID, id);
      MDC.put("decisionId", id);
    }
    try {
      chain.doFilter(request, response);
    } finally {
      long millis = (System.nanoTime() - start) / 1_000_000;
      boolean probe = request.getRequestURI().startsWith("/actuator/");
      if (probe ? LOG.isDebugEnabled() : LOG.isInfoEnabled()) {
        String line = "{} {} {} {}ms{}";
        Object[] args = {request.getMethod(), request.getRequestURI(), response.getStatus(), millis,
            id == null ? "" : " decision=" + id};
        if (probe) {
          LOG.debug(line, args);
        } else {
          LOG.info(line, args);
        }
      }
      MDC.remove("decisionId");
    }
  }
}

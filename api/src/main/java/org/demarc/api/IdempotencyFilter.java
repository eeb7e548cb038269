package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.demarc.registry.IdempotencyStore;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST under /api/v1: the first request with a key runs and its answer is kept; a
 * retry with the same key and the same request gets that answer again (header {@code Idempotent-Replayed: true}) and
 * creates nothing twice; the same key for a different request is 422 {@code idempotency_key_reused}; a retry while the
 * first is still running is 409 {@code idempotency_in_progress} with Retry-After. Server errors are not kept, so a
 * retry after one runs again. Runs after the body limit, so the body it hashes is bounded.
 */
@Component
@Order(-98)
class IdempotencyFilter extends OncePerRequestFilter {
  static final String HEADER = "Idempotency-Key";
  private final IdempotencyStore store;

  IdempotencyFilter(IdempotencyStore store) {
    this.store = store;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/")
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      problem(request, response, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_IDEMPOTENCY_KEY);
      return;
    }
    byte[] body;
    try {
      body = request.getInputStream().readAllBytes(); // bounded by the body limit
    } catch (BodyLimitFilter.TooLarge e) {
      ProblemWriter.write(request, response, e.problem());
      return;
    }
    String route = request.getMethod() + " " + request.getRequestURI();
    String hash = hash(route, request.getQueryString(), request.getContentType(), request.getHeader("Accept-Language"),
        body);
    IdempotencyStore.Claim claim = store.claim(Tenants.current(), key, route, hash);
    if (claim instanceof IdempotencyStore.Replay replay) {
      IdempotencyStore.Answer a = replay.answer();
      response.setStatus(a.status());
      response.setHeader("Idempotent-Replayed", "true");
      if (a.contentType() != null) {
        response.setContentType(a.contentType());
      }
      if (a.location() != null) {
        response.setHeader("Location", a.location());
      }
      if (a.etag() != null) {
        response.setHeader("ETag", a.etag());
      }
      if (a.decisionId() != null) {
        response.setHeader(ReportResponses.DECISION_ID, a.decisionId());
      }
      byte[] bytes = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
      return;
    }
    if (claim instanceof IdempotencyStore.InProgress) {
      response.setHeader("Retry-After", "1");
      problem(request, response, HttpStatus.CONFLICT, ErrorCode.IDEMPOTENCY_IN_PROGRESS);
      return;
    }
    if (claim instanceof IdempotencyStore.Mismatch) {
      problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.IDEMPOTENCY_KEY_REUSED);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(new CachedBody(request, body), wrapper);
      if (wrapper.getStatus() < 500) {
        store.complete(Tenants.current(), key, new IdempotencyStore.Answer(wrapper.getStatus(), wrapper.getContentType(),
            wrapper.getHeader("Location"), wrapper.getHeader("ETag"), wrapper.getHeader(ReportResponses.DECISION_ID),
            new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8)));
        kept = true;
      }
    } finally {
      if (!kept) {
        store.release(Tenants.current(), key);
      }
      wrapper.copyBodyToResponse();
    }
  }

  private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      ErrorCode code) throws IOException {
    ProblemWriter.write(request, response, new ApiProblem(status, code.code(),
        Messages.of(code, "seconds", 1).in(Language.current()), List.of(new ApiProblem.FieldError(HEADER,
            code.code(), Messages.of(code, "seconds", 1).in(Language.current())))));
  }

  private static String hash(String route, String query, String contentType, String language, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {route, query, contentType, language}) {
        sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body read once, offered again to what follows. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}

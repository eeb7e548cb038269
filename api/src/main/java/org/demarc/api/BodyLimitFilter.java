package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size: at once when Content-Length says so, otherwise when the
 * stream passes the limit while being read. Also stamps every response with the engine and rule-set version.
 */
@Component
@org.springframework.core.annotation.Order(-101) // after the request context (-105): problems in the requested language
class BodyLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;
  private final String engineVersion;

  BodyLimitFilter(DemarcProperties properties, org.demarc.engine.DemarcEngine engine) {
    this.maxBytes = properties.maxBodyBytes();
    this.engineVersion = engine.engineVersion();
  }

  /** The body passed the limit while it was read. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }

    ApiProblem problem() {
      return tooLarge(limit);
    }
  }

  static ApiProblem tooLarge(long limit) {
    String detail = org.demarc.app.Messages.of(org.demarc.app.ErrorCode.BODY_TOO_LARGE, "limit", limit)
        .in(Language.current());
    return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", detail,
        List.of(new ApiProblem.FieldError("", "body_too_large", detail)));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Demarc-Engine-Version", engineVersion);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.getContentLengthLong() > maxBytes) {
      ProblemWriter.write(request, response, tooLarge(maxBytes));
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
              throw new TooLarge(limit);
            }
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0 && (read += n) > limit) {
              throw new TooLarge(limit);
            }
            return n;
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}

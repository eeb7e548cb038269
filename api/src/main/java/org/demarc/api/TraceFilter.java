package org.demarc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TRACE is answered by Spring MVC like any method a route does not take (a 405 problem with the route's own Allow);
 * the servlet's echo of the request that would follow it is dropped, so no request headers are ever reflected.
 */
@Component
@Order(-99)
class TraceFilter extends OncePerRequestFilter {
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"TRACE".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new NoEcho(response));
  }

  /** Swallows everything once the servlet starts its TRACE echo (content type message/http). */
  private static final class NoEcho extends HttpServletResponseWrapper {
    private boolean echoing;

    NoEcho(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      if ("message/http".equals(type)) {
        echoing = true;
        return;
      }
      if (!echoing) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!echoing) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!echoing) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return echoing ? DISCARD : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return echoing ? new PrintWriter(DISCARD) : super.getWriter();
    }
  }

  private static final ServletOutputStream DISCARD = new ServletOutputStream() {
    @Override
    public void write(int b) {}

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {}
  };
}

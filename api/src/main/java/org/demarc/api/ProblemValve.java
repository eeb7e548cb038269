package org.demarc.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;

/**
 * Errors the servlet container answers by itself, before any filter or Spring (an undecodable URI, a malformed
 * header), as a problem document instead of Tomcat's HTML page.
 */
public class ProblemValve extends ErrorReportValve {
  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND : status == 405 ? ErrorCode.METHOD_NOT_ALLOWED
        : status == 413 ? ErrorCode.BODY_TOO_LARGE : status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
    String detail = Messages.of(code, "allowed", "-", "limit", "-").en();
    String json = "{\"type\":\"https://demarc.dev/problems/" + code.code() + "\",\"title\":\"" + reason(status)
        + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\""
        + code.code() + "\",\"errors\":[]}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer w = response.getReporter();
      if (w != null) {
        w.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone; nothing more to say
    }
  }

  private static String reason(int status) {
    org.springframework.http.HttpStatus s = org.springframework.http.HttpStatus.resolve(status);
    return s == null ? "Error" : s.getReasonPhrase();
  }
}

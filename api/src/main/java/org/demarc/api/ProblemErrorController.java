package org.demarc.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.demarc.app.ErrorCode;
import org.demarc.app.Messages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}) as a problem document: errors raised outside Spring MVC (a
 * method the container refuses, a failure in a filter) get the same shape as every other error, and {@code /error}
 * asked for directly is a 404 like any route that does not exist.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ProblemErrorController implements ErrorController {

  @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    HttpStatus status = statusAttribute instanceof Integer s ? HttpStatus.resolve(s) : null;
    if (status == null || !status.isError()) {
      status = HttpStatus.NOT_FOUND;
      uri = request.getRequestURI();
    }
    ErrorCode code = switch (status) {
      case NOT_FOUND -> ErrorCode.NOT_FOUND;
      case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
      case NOT_ACCEPTABLE -> ErrorCode.NOT_ACCEPTABLE;
      case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case CONTENT_TOO_LARGE -> ErrorCode.BODY_TOO_LARGE;
      case SERVICE_UNAVAILABLE -> ErrorCode.OVERLOADED;
      default -> status.is4xxClientError() ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
    };
    ProblemDetail p = ProblemDetail.forStatus(status);
    p.setType(URI.create("https://demarc.dev/problems/" + code.code()));
    p.setTitle(status.getReasonPhrase());
    p.setDetail(Messages.of(code, "allowed", "-", "types", "application/json", "limit", "-", "seconds", 1)
        .in(Language.current()));
    p.setInstance(URI.create(uri == null ? "/error" : uri.toString().replace(" ", "%20")));
    p.setProperty("code", code.code());
    p.setProperty("errors", List.of());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}

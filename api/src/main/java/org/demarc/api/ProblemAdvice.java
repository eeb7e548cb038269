package org.demarc.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.demarc.engine.InvalidFlowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/** Every error as an RFC 9457 problem document with a stable {@code code}; never a stack trace. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
  private static final Map<Class<?>, String> CODES = Map.of(
      NoResourceFoundException.class, "not_found",
      HttpRequestMethodNotSupportedException.class, "method_not_allowed",
      HttpMediaTypeNotSupportedException.class, "unsupported_media_type",
      HttpMediaTypeNotAcceptableException.class, "not_acceptable",
      MissingServletRequestParameterException.class, "missing_parameter");

  /** The JSON reader the body converter reads with, to read a body that failed again for all its errors. */
  private final tools.jackson.databind.json.JsonMapper json;

  ProblemAdvice(tools.jackson.databind.json.JsonMapper json) {
    this.json = json;
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem e) {
    return respond(problem(e));
  }

  @ExceptionHandler(org.demarc.app.InputProblem.class)
  ResponseEntity<Object> inputProblem(org.demarc.app.InputProblem e) {
    return respond(problem(ApiProblem.of(e)));
  }

  @ExceptionHandler(InvalidFlowException.class)
  ResponseEntity<Object> invalidFlow(InvalidFlowException e) {
    return respond(problem(Flows.invalid(e.violations(), "")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    String detail = org.demarc.app.Messages.text("parameter.unusable", "name", e.getName(), "value", e.getValue())
        .in(Language.current());
    return respond(problem(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_parameter", detail, List.of())));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    LOG.error("unexpected error", e);
    return respond(problem(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
        org.demarc.app.Messages.of(org.demarc.app.ErrorCode.INTERNAL_ERROR).in(Language.current()), List.of())));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    JacksonException jackson = null;
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof BodyLimitFilter.TooLarge tooLarge) {
        return respond(problem(tooLarge.problem()));
      }
      if (jackson == null && c instanceof JacksonException je) {
        jackson = je;
      }
    }
    if (jackson != null) {
      // every field of the body that cannot be read, read again as the converter read it (JSON or YAML)
      Class<?> target = BodyScanAdvice.target();
      byte[] body = BodyScanAdvice.rawBody();
      return respond(problem(target == null || body == null ? BodyErrors.translate(jackson, "")
          : BodyErrors.translate(jackson, BodyScanAdvice.yaml() ? Documents.STRICT_YAML : json, body, target)));
    }
    return respond(problem(new ApiProblem(HttpStatus.BAD_REQUEST, "missing_body",
        org.demarc.app.Messages.of(org.demarc.app.ErrorCode.MISSING_BODY).in(Language.current()), List.of())));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail detail = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
    String code = CODES.getOrDefault(e.getClass(), "bad_request");
    String allowed = headers.getAllow().isEmpty() ? "-" : headers.getAllow().toString().replaceAll("[\\[\\]]", "");
    org.demarc.app.ErrorCode known = org.demarc.app.ErrorCode.of(code);
    String types = request.getDescription(false).contains("/report")
        ? "text/html, text/markdown" : "application/json";
    if (known != null && known != org.demarc.app.ErrorCode.BAD_REQUEST) {
      detail.setDetail(org.demarc.app.Messages.of(known, "allowed", allowed, "types", types).in(Language.current()));
    }
    detail.setType(URI.create("https://demarc.dev/problems/" + code));
    detail.setProperty("code", code);
    detail.setProperty("errors", List.of());
    HttpHeaders out = new HttpHeaders();
    out.putAll(headers);
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(detail, out, status);
  }

  static ProblemDetail problem(ApiProblem e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    p.setType(URI.create("https://demarc.dev/problems/" + e.code()));
    p.setTitle(e.status().getReasonPhrase());
    p.setProperty("code", e.code());
    p.setProperty("errors", e.errors());
    return p;
  }

  private static ResponseEntity<Object> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}

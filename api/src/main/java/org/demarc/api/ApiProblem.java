package org.demarc.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A client error to answer with an RFC 9457 problem document.
 */
class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final HttpStatus status;
  private final String code;
  private final transient List<FieldError> errors;

  /** One offending field: JSON pointer, stable code, message. */
  record FieldError(String pointer, String code, String detail) {}

  ApiProblem(HttpStatus status, String code, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  HttpStatus status() {
    return status;
  }

  String code() {
    return code;
  }

  List<FieldError> errors() {
    return errors;
  }
}

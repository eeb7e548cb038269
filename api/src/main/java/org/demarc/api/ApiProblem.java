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

  /** The problem of input the shared application layer refused, with the status its code has (or {@code status}). */
  static ApiProblem of(org.demarc.app.InputProblem e, HttpStatus status) {
    return new ApiProblem(status, e.code().code(), e.text().in(Language.current()), e.violations().stream()
        .map(v -> new FieldError(v.pointer(), v.code(), v.message().in(Language.current()))).toList());
  }

  static ApiProblem of(org.demarc.app.InputProblem e) {
    return of(e, HttpStatus.valueOf(e.code().status()));
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

package org.demarc.api;

import java.util.List;
import org.demarc.codec.Codec;
import org.demarc.model.result.Violation;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;

/** Turns a body that cannot be read into a problem with a stable code and a pointer to the field (see {@link Codec}). */
final class BodyErrors {
  private BodyErrors() {}

  static ApiProblem translate(JacksonException e, String prefix) {
    Violation v = Codec.violation(e, prefix);
    String detail = v.message().in(Language.current());
    return new ApiProblem(HttpStatus.BAD_REQUEST, v.code(), detail, List.of(new ApiProblem.FieldError(v.pointer(), v.code(), detail)));
  }
}

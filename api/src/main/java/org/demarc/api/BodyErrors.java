package org.demarc.api;

import java.util.List;
import org.demarc.codec.Codec;
import org.demarc.model.result.Violation;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns a body that cannot be read into a problem with a stable code and a pointer to the field (see {@link Codec}). */
final class BodyErrors {
  private BodyErrors() {}

  static ApiProblem translate(JacksonException e, String prefix) {
    return translate(List.of(Codec.violation(e, prefix)));
  }

  /**
   * Every field of a document that cannot be read (see {@link Codec#violations}); the problem's code and detail are the
   * first one's.
   */
  static ApiProblem translate(JacksonException e, ObjectMapper mapper, JsonNode tree, Class<?> type, String prefix) {
    return translate(Codec.violations(mapper, tree, type, e, prefix));
  }

  /** The same for a document given as bytes. */
  static ApiProblem translate(JacksonException e, ObjectMapper mapper, byte[] body, Class<?> type) {
    return translate(Codec.violations(mapper, body, type, e, ""));
  }

  private static ApiProblem translate(List<Violation> violations) {
    String language = Language.current();
    Violation first = violations.get(0);
    return new ApiProblem(HttpStatus.BAD_REQUEST, first.code(), first.message().in(language), violations.stream()
        .map(v -> new ApiProblem.FieldError(v.pointer(), v.code(), v.message().in(language))).toList());
  }
}

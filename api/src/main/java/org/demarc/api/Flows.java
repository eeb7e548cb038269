package org.demarc.api;

import org.demarc.app.Editions;
import org.demarc.app.ErrorCode;
import org.demarc.app.InputProblem;
import org.demarc.app.Messages;

import java.util.ArrayList;
import java.util.List;
import org.demarc.model.DataFlow;
import org.demarc.model.Edition;
import org.demarc.model.result.Violation;
import org.springframework.http.HttpStatus;

/** Request-level checks shared by the endpoints: editions, size limits, structural violations. */
final class Flows {
  private Flows() {}

  static Edition edition(String requested, DemarcProperties properties, HttpStatus status) {
    return edition(requested, properties, status, "edition");
  }

  /** The named edition, or the default when none is named; an unknown one is a problem pointing at parameter. */
  static Edition edition(String requested, DemarcProperties properties, HttpStatus status, String parameter) {
    try {
      return Editions.parse(requested, properties.defaultEdition(), parameter);
    } catch (InputProblem e) {
      throw ApiProblem.of(e, status);
    }
  }

  /** The first edition a `from` parameter names (400 when unknown), or the oldest when it names none. */
  static Edition from(String requested, DemarcProperties properties) {
    return requested == null ? Edition.values()[0]
        : edition(requested, properties, HttpStatus.BAD_REQUEST, "from");
  }

  /** The second edition a `to` parameter names (400 when unknown), or the newest when it names none. */
  static Edition to(String requested, DemarcProperties properties) {
    return requested == null ? Edition.newest() : edition(requested, properties, HttpStatus.BAD_REQUEST, "to");
  }

  /** Size limits and the work budget, checked before evaluating; empty when the flow is within them. */
  static List<ApiProblem.FieldError> limits(DataFlow flow, DemarcProperties properties, String prefix) {
    return errors(properties.limits().check(flow, prefix), "");
  }

  static List<ApiProblem.FieldError> errors(List<Violation> violations, String prefix) {
    return org.demarc.app.Pointers.under(prefix, violations).stream()
        .map(v -> new ApiProblem.FieldError(v.pointer(), v.code(), v.message().in(Language.current())))
        .toList();
  }

  static ApiProblem invalid(List<Violation> violations, String prefix) {
    return invalidFields(errors(violations, prefix));
  }

  static ApiProblem invalidFields(List<ApiProblem.FieldError> errors) {
    ErrorCode limit = errors.stream().map(e -> ErrorCode.of(e.code()))
        .filter(c -> c == ErrorCode.TOO_MANY_SEGMENTS || c == ErrorCode.TOO_MANY_RECIPIENTS
            || c == ErrorCode.WORK_BUDGET_EXCEEDED)
        .findFirst().orElse(null);
    if (limit != null) {
      return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, limit.code(),
          errors.stream().filter(e -> e.code().equals(limit.code())).findFirst().orElseThrow().detail(), errors);
    }
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.INVALID_FLOW.code(),
        Messages.of(ErrorCode.INVALID_FLOW, "count", errors.size()).in(Language.current()), errors);
  }
}

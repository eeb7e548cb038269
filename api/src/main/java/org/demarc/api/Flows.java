package org.demarc.api;

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
    if (requested == null || requested.isBlank()) {
      return properties.defaultEdition();
    }
    for (Edition e : Edition.values()) {
      if (e.name().equals(requested)) {
        return e;
      }
    }
    String detail = Language.pick("版 `" + requested + "` はありません。使える版: " + List.of(Edition.values()),
        "unknown edition `" + requested + "`, expected one of " + List.of(Edition.values()));
    throw new ApiProblem(status, "unknown_edition", detail, List.of(new ApiProblem.FieldError(parameter, "unknown_edition", detail)));
  }

  /** Size limits the service enforces before evaluating; empty when the flow is within them. */
  static List<ApiProblem.FieldError> limits(DataFlow flow, DemarcProperties properties, String prefix) {
    List<ApiProblem.FieldError> out = new ArrayList<>();
    if (flow.segments() != null && flow.segments().size() > properties.maxSegments()) {
      out.add(new ApiProblem.FieldError(prefix + "/segments", "too_many_segments", Language.pick(
          "区間が多すぎます（上限 " + properties.maxSegments() + "）", "too many segments (limit " + properties.maxSegments() + ")")));
    }
    if (flow.recipients() != null && flow.recipients().size() > properties.maxRecipients()) {
      out.add(new ApiProblem.FieldError(prefix + "/recipients", "too_many_recipients", Language.pick(
          "提供先が多すぎます（上限 " + properties.maxRecipients() + "）", "too many recipients (limit " + properties.maxRecipients() + ")")));
    }
    return out;
  }

  static List<ApiProblem.FieldError> errors(List<Violation> violations, String prefix) {
    return violations.stream()
        .map(v -> new ApiProblem.FieldError(prefix + v.pointer(), v.code(), v.message().in(Language.current())))
        .toList();
  }

  static ApiProblem invalid(List<Violation> violations, String prefix) {
    return invalidFields(errors(violations, prefix));
  }

  static ApiProblem invalidFields(List<ApiProblem.FieldError> errors) {
    String code = errors.stream().map(ApiProblem.FieldError::code)
        .filter(c -> c.startsWith("too_many")).findFirst().orElse("invalid_flow");
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code,
        Language.pick("フローに誤りがあります（" + errors.size() + " 件）", "the flow has " + errors.size() + " error(s)"), errors);
  }
}

package org.demarc.api;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a body that cannot be read into a problem with a stable code and a pointer to the field. */
final class BodyErrors {
  private BodyErrors() {}

  static ApiProblem translate(JacksonException e, String prefix) {
    String pointer = JsonPointers.of(prefix, e.getPath());
    if (e instanceof UnrecognizedPropertyException u) {
      String detail = Language.pick("不明なフィールド `" + u.getPropertyName() + "` です",
          "unknown field `" + u.getPropertyName() + "`");
      return problem("unknown_field", detail, pointer);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      String allowed = Arrays.toString(f.getTargetType().getEnumConstants());
      String detail = Language.pick("`" + f.getValue() + "` は使えない値です。使える値: " + allowed,
          "unknown value `" + f.getValue() + "`, expected one of " + allowed);
      return problem("unknown_enum_value", detail, pointer);
    }
    if (e instanceof StreamReadException) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      return problem("malformed_body",
          Language.pick("本文を解析できません" + where, "the body cannot be parsed" + where), prefix.isEmpty() ? "" : prefix);
    }
    if (e instanceof MismatchedInputException) {
      return problem("invalid_value", Language.pick("値の型が違います", "the value has the wrong type"), pointer);
    }
    return problem("invalid_body", Language.pick("本文を読み取れません", "the body cannot be read"), pointer);
  }

  private static ApiProblem problem(String code, String detail, String pointer) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail, List.of(new ApiProblem.FieldError(pointer, code, detail)));
  }
}

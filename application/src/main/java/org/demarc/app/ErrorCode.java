package org.demarc.app;

import java.util.Locale;

/**
 * The stable codes of every problem Demarc answers with, over HTTP and on the command line: each has its HTTP status
 * and its message in Japanese and English ({@code messages.properties}). A field-level violation inside a problem
 * carries its own code (from the flow validator or the reader); the problem's code says what kind of problem it is.
 */
public enum ErrorCode {
  // the body or file could not be read as the vocabulary
  MALFORMED_BODY(400),
  MISSING_BODY(400),
  UNKNOWN_FIELD(400),
  UNKNOWN_ENUM_VALUE(400),
  INVALID_VALUE(400),
  INVALID_BODY(400),
  DUPLICATE_KEY(400),
  YAML_ALIAS(400),
  // request parameters
  UNKNOWN_EDITION(400),
  INVALID_PARAMETER(400),
  MISSING_PARAMETER(400),
  UNKNOWN_RULE(404),
  // the registry
  FLOW_NOT_FOUND(404),
  DECISION_NOT_FOUND(404),
  FLOW_EXISTS(409),
  CONTRACT_NOT_FOUND(404),
  CONTRACT_EXISTS(409),
  IMPACT_ANALYSIS_NOT_FOUND(404),
  DECISION_NOT_REPLAYABLE(422),
  IDEMPOTENCY_IN_PROGRESS(409),
  IDEMPOTENCY_KEY_REUSED(422),
  INVALID_IDEMPOTENCY_KEY(400),
  VERSION_CONFLICT(412),
  PRECONDITION_REQUIRED(428),
  // the flow was read but cannot be evaluated
  INVALID_FLOW(422),
  INVALID_CONTRACT(422),
  TOO_MANY_SEGMENTS(422),
  TOO_MANY_RECIPIENTS(422),
  TOO_MANY_ITEMS(422),
  EMPTY_BATCH(422),
  WORK_BUDGET_EXCEEDED(422),
  // size and load
  BODY_TOO_LARGE(413),
  OVERLOADED(503),
  // who may do what
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  RATE_LIMITED(429),
  TENANT_NOT_FOUND(404),
  TENANT_EXISTS(409),
  API_KEY_NOT_FOUND(404),
  // HTTP
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  UNSUPPORTED_MEDIA_TYPE(415),
  BAD_REQUEST(400),
  INTERNAL_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status a problem with this code is answered with. */
  public int status() {
    return status;
  }

  /** The code as written in problems: snake_case, e.g. {@code work_budget_exceeded}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The code for a snake_case name, or null. */
  public static ErrorCode of(String code) {
    try {
      return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package org.demarc.engine;

/** A rule base failed to build or a rule lacks required metadata; the engine refuses to start. */
public class RuleBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleBaseException(String message) {
    super(message);
  }

  public RuleBaseException(String message, Throwable cause) {
    super(message, cause);
  }
}

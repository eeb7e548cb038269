package org.demarc.engine;

import java.util.List;
import org.demarc.model.result.Violation;

/** The flow cannot be evaluated: it has structural errors. */
public class InvalidFlowException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public InvalidFlowException(List<Violation> violations) {
    super("invalid flow: " + violations.size() + " violation(s), first at " + violations.get(0).pointer());
    this.violations = List.copyOf(violations);
  }

  /** The structural errors. */
  public List<Violation> violations() {
    return violations;
  }
}

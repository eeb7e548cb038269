package org.demarc.app;

import java.util.List;
import org.demarc.model.result.Text;
import org.demarc.model.result.Violation;

/**
 * Input that cannot be evaluated, as the API and the CLI both report it: a problem code, a message, and the offending
 * fields as violations with JSON pointers.
 */
public final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;
  private final transient Text message;
  private final transient List<Violation> violations;

  public InputProblem(ErrorCode code, Text message, List<Violation> violations) {
    super(message.en());
    this.code = code;
    this.message = message;
    this.violations = List.copyOf(violations);
  }

  /** A problem about one field, whose violation has the problem's own code and message. */
  public static InputProblem at(ErrorCode code, String pointer, Text message) {
    return new InputProblem(code, message, List.of(new Violation(pointer, code.code(), message)));
  }

  public ErrorCode code() {
    return code;
  }

  public Text text() {
    return message;
  }

  public List<Violation> violations() {
    return violations;
  }
}

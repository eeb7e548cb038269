package org.demarc.app;

import java.util.List;
import org.demarc.model.result.Violation;

/** JSON pointers of violations found in a part of a request, re-rooted at where that part stands in it. */
public final class Pointers {
  private Pointers() {}

  /** The violations with {@code prefix} put before each pointer (e.g. "/flow" or "/flows/2"). */
  public static List<Violation> under(String prefix, List<Violation> violations) {
    if (prefix == null || prefix.isEmpty()) {
      return violations;
    }
    return violations.stream().map(v -> new Violation(prefix + v.pointer(), v.code(), v.message())).toList();
  }
}

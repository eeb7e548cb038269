package org.demarc.app;

import java.util.Arrays;
import org.demarc.model.Edition;

/** Edition names as requests and command lines give them. */
public final class Editions {
  private Editions() {}

  /**
   * The named edition, or {@code fallback} when none is named.
   *
   * @param where the parameter or option that named it, the pointer of the problem
   * @throws InputProblem {@code unknown_edition}
   */
  public static Edition parse(String name, Edition fallback, String where) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    for (Edition e : Edition.values()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw InputProblem.at(ErrorCode.UNKNOWN_EDITION, where,
        Messages.of(ErrorCode.UNKNOWN_EDITION, "edition", name, "editions", Arrays.toString(Edition.values())));
  }
}

package org.demarc.app;

import java.util.UUID;

/** The id of one decision (an evaluation, comparison or contract check), as the API and the CLI give it. */
public final class DecisionIds {
  private DecisionIds() {}

  public static String next() {
    return UUID.randomUUID().toString();
  }
}

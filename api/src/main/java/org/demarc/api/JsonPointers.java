package org.demarc.api;

import java.util.List;
import tools.jackson.core.JacksonException;

/** JSON pointers for Jackson error paths. */
final class JsonPointers {
  private JsonPointers() {}

  static String of(String prefix, List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder(prefix);
    for (JacksonException.Reference ref : path) {
      out.append('/');
      if (ref.getPropertyName() != null) {
        out.append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }
}

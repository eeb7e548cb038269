package org.demarc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A message with {name} placeholders, parsed once. */
final class Template {
  private final List<String> literals = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  Template(String text) {
    int at = 0;
    while (true) {
      int open = text.indexOf('{', at);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        literals.add(text.substring(at));
        return;
      }
      literals.add(text.substring(at, open));
      names.add(text.substring(open + 1, close));
      at = close + 1;
    }
  }

  /** The text with each placeholder replaced by its value; unknown placeholders are left as they are. */
  String fill(Function<String, String> values) {
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < names.size(); i++) {
      out.append(literals.get(i));
      String v = values.apply(names.get(i));
      out.append(v != null ? v : "{" + names.get(i) + "}");
    }
    return out.append(literals.get(names.size())).toString();
  }
}

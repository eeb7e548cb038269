package org.demarc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarc.model.result.Threat;

/** A message with {name} placeholders, parsed once. */
final class Template {
  private final List<String> literals = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final String text;

  Template(String text) {
    this.text = text;
    int at = 0;
    while (true) {
      int open = text.indexOf('{', at);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        literals.add(text.substring(at));
        break;
      }
      literals.add(text.substring(at, open));
      names.add(text.substring(open + 1, close));
      at = close + 1;
    }
  }

  /** The template as written. */
  String text() {
    return text;
  }

  /**
   * The text in language {@code lang} with {party}, {segment}, {threat} and the rule's own arguments filled in (an
   * argument given per language as name@lang); unknown placeholders are left as they are.
   */
  String fill(String party, String segment, Threat threat, Map<String, String> args, String lang) {
    return fill(name -> switch (name) {
      case "party" -> party;
      case "segment" -> segment == null ? "" : segment;
      case "threat" -> threat == null ? "" : threat.name();
      default -> {
        String v = args.get(name);
        yield v != null ? v : args.get(name + "@" + lang);
      }
    });
  }

  /** The text with each placeholder filled by the value {@code values} gives its name; one given none stays as it is. */
  String fill(java.util.function.Function<String, String> values) {
    if (names.isEmpty()) {
      return literals.get(0);
    }
    // Joined in one step: String.join sizes the result exactly, in the right coder, so a Japanese text is not
    // first built as Latin-1, inflated, then copied.
    String[] parts = new String[2 * names.size() + 1];
    for (int i = 0; i < names.size(); i++) {
      parts[2 * i] = literals.get(i);
      String name = names.get(i);
      String v = values.apply(name);
      parts[2 * i + 1] = v != null ? v : "{" + name + "}";
    }
    parts[parts.length - 1] = literals.get(names.size());
    return String.join("", parts);
  }
}

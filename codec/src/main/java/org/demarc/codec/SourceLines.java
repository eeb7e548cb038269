package org.demarc.codec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Where each JSON pointer of a JSON or YAML document starts, so findings can point at a line of the input file. */
public final class SourceLines {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private final Map<String, Integer> lines;

  private SourceLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes a JSON or YAML document; a document that cannot be read indexes nothing (every pointer is line 1). */
  public static SourceLines of(String source) {
    Map<String, Integer> lines = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser p = YAML.createParser(source)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.PROPERTY_NAME) {
          stack.peek().key = p.currentName();
          lines.putIfAbsent(pointer(stack), line);
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
        } else {
          if (!stack.isEmpty() && stack.peek().array) {
            stack.peek().index++;
          }
          lines.putIfAbsent(pointer(stack), line);
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            stack.push(new Frame(t == JsonToken.START_ARRAY));
          }
        }
      }
    } catch (JacksonException e) {
      // keep what was indexed before the error
    }
    return new SourceLines(lines);
  }

  /** The 1-based line where the pointer's value starts, or its nearest indexed ancestor's; 1 when unknown. */
  public int lineOf(String pointer) {
    String p = pointer == null || "/".equals(pointer) ? "" : pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return 1;
      }
      p = p.substring(0, slash);
    }
  }

  private static String pointer(Deque<Frame> stack) {
    StringBuilder out = new StringBuilder();
    for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (f.array) {
        out.append('/').append(f.index);
      } else if (f.key != null) {
        out.append('/').append(f.key.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }

  private static final class Frame {
    final boolean array;
    int index = -1;
    String key;

    Frame(boolean array) {
      this.array = array;
    }
  }
}

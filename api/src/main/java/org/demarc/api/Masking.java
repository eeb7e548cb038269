package org.demarc.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks a decision's stored input: the values at the configured JSON pointers ({@code *} matching any array element
 * or field) are replaced by pseudonyms. A pseudonym is a keyed hash under a key drawn for each decision and never
 * kept: one value gets the same pseudonym throughout one input (so references between parties and segments still
 * hold, and a replay evaluates the same structure), while pseudonyms cannot be linked across decisions or reversed.
 * Only scalar values are replaced; an object or array at a pointer is masked leaf by leaf.
 */
final class Masking {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final List<String[]> pointers;

  Masking(List<String> pointers) {
    this.pointers = pointers.stream().map(p -> p.isEmpty() ? new String[0] : p.substring(1).split("/", -1))
        .map(Masking::unescape).toList();
  }

  boolean isEmpty() {
    return pointers.isEmpty();
  }

  private static String[] unescape(String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
    }
    return tokens;
  }

  /** Masks the tree in place. */
  void apply(JsonNode root) {
    if (pointers.isEmpty()) {
      return;
    }
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    Pseudonyms names = new Pseudonyms(key);
    for (String[] p : pointers) {
      walk(root, p, 0, names);
    }
  }

  private static void walk(JsonNode node, String[] path, int at, Pseudonyms names) {
    if (at == path.length - 1) {
      String last = path[at];
      if (node instanceof ObjectNode o) {
        for (String field : "*".equals(last) ? List.copyOf(o.propertyNames()) : List.of(last)) {
          JsonNode v = o.get(field);
          if (v != null) {
            if (v.isValueNode() && !v.isNull()) {
              o.put(field, names.of(v.asString()));
            } else {
              maskAll(v, names);
            }
          }
        }
      } else if (node instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          if ("*".equals(last) || last.equals(Integer.toString(i))) {
            JsonNode v = a.get(i);
            if (v.isValueNode() && !v.isNull()) {
              a.set(i, a.stringNode(names.of(v.asString())));
            } else {
              maskAll(v, names);
            }
          }
        }
      }
      return;
    }
    if (path.length == 0) {
      maskAll(node, names);
      return;
    }
    String token = path[at];
    if (node instanceof ObjectNode o) {
      if ("*".equals(token)) {
        for (String field : List.copyOf(o.propertyNames())) {
          walk(o.get(field), path, at + 1, names);
        }
      } else if (o.get(token) != null) {
        walk(o.get(token), path, at + 1, names);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if ("*".equals(token) || token.equals(Integer.toString(i))) {
          walk(a.get(i), path, at + 1, names);
        }
      }
    }
  }

  private static void maskAll(JsonNode node, Pseudonyms names) {
    if (node instanceof ObjectNode o) {
      for (String field : List.copyOf(o.propertyNames())) {
        JsonNode v = o.get(field);
        if (v.isValueNode() && !v.isNull()) {
          o.put(field, names.of(v.asString()));
        } else {
          maskAll(v, names);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode v = a.get(i);
        if (v.isValueNode() && !v.isNull()) {
          a.set(i, a.stringNode(names.of(v.asString())));
        } else {
          maskAll(v, names);
        }
      }
    }
  }

  /** Keyed pseudonyms for one decision. */
  private static final class Pseudonyms {
    private final Mac mac;
    private final Map<String, String> seen = new HashMap<>();

    Pseudonyms(byte[] key) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    String of(String value) {
      return seen.computeIfAbsent(value, v -> "masked-"
          + HexFormat.of().formatHex(mac.doFinal(v.getBytes(StandardCharsets.UTF_8)), 0, 6));
    }
  }
}

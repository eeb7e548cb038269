package org.demarc.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarc.model.DataFlow;

/**
 * The flows that leave exactly one fact of a flow out: every boolean, enum or version given anywhere in the flow's
 * record tree, set to "not given", one at a time. Names, ids, references between parties and declarations are kept:
 * leaving those out changes what the flow says rather than what is known about it ({@code objectSecurity.encryptedBy}
 * left out means the data is not encrypted; a declaration left out means the control is missing).
 */
final class FactRemoval {
  /**
   * @param pointer where the fact was
   * @param flow the flow without it
   * @param completions the flow with each value the fact can take instead (both booleans, every constant of an enum;
   *     none for free text such as a version)
   */
  record Removed(String pointer, DataFlow flow, List<DataFlow> completions) {}

  private static final Set<String> KEPT = Set.of("id", "name", "description", "parties", "provider", "roles", "party",
      "operator", "fromPoint", "toPoint", "encryptedBy", "vendor", "accessedBy", "kind", "inPlace", "tunnelFrom",
      "tunnelTo", "terminatesOn", "reencryptedBy");

  private FactRemoval() {}

  static List<Removed> each(DataFlow flow) {
    List<Removed> out = new ArrayList<>();
    walk(flow, "", value -> (DataFlow) value, out, false);
    return out;
  }

  /**
   * As {@link #each}, and also every group of facts given as one object (a segment's {@code channel}, the flow's
   * {@code objectSecurity}, {@code endAuthentication}, {@code consent}, a take-out's {@code policy}, ...) left out as a
   * whole, with no completions.
   */
  static List<Removed> eachWithGroups(DataFlow flow) {
    List<Removed> out = new ArrayList<>();
    walk(flow, "", value -> (DataFlow) value, out, true);
    return out;
  }

  /** Rebuilds the whole flow from a changed value at some place in it. */
  private interface Rebuild {
    DataFlow with(Object value);
  }

  private static void walk(Object node, String pointer, Rebuild rebuild, List<Removed> out, boolean groups) {
    if (node instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        RecordComponent rc = components[i];
        if (KEPT.contains(rc.getName())) {
          continue;
        }
        Object value = get(rc, r);
        if (value == null) {
          continue;
        }
        int at = i;
        Rebuild inner = v -> rebuild.with(with(r, at, v));
        String p = pointer + "/" + rc.getName();
        if (value instanceof Boolean || value instanceof Enum<?> || value instanceof String) {
          List<Object> domain = value instanceof Boolean ? List.of(Boolean.TRUE, Boolean.FALSE)
              : value instanceof Enum<?> e ? List.<Object>of((Object[]) e.getDeclaringClass().getEnumConstants())
              : List.of();
          out.add(new Removed(p, inner.with(null), domain.stream().map(inner::with).toList()));
        } else {
          if (groups && value instanceof Record) {
            out.add(new Removed(p, inner.with(null), List.of()));
          }
          walk(value, p, inner, out, groups);
        }
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        int at = i;
        walk(list.get(i), pointer + "/" + i, v -> {
          List<Object> copy = new ArrayList<>(list);
          copy.set(at, v);
          return rebuild.with(copy);
        }, out, groups);
      }
    }
  }

  private static Object get(RecordComponent rc, Record r) {
    return Records.get(rc, r);
  }

  private static Record with(Record r, int index, Object value) {
    return Records.with(r, index, value);
  }
}

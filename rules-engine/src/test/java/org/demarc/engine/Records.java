package org.demarc.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** A record with one component replaced, for tests that vary one part of a flow. */
final class Records {
  private Records() {}

  /** The record with the component named {@code component} set to {@code value}. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R r, String component, Object value) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(component)) {
        return (R) with(r, i, value);
      }
    }
    throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + component);
  }

  /** The record with its component at {@code index} set to {@code value}. */
  static Record with(Record r, int index, Object value) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = i == index ? value : get(components[i], r);
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> c = r.getClass().getDeclaredConstructor(types);
      return (Record) c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object get(RecordComponent rc, Record r) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}

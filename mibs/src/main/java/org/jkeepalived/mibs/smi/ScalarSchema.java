package org.jkeepalived.mibs.smi;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A MIB scalar bound to a value the store holds (a global config or state record {@code T}): its
 * OID without the {@code .0} instance, name, SMI type, access, reader (null when there is no
 * value), and for writable scalars how a SET value produces the new record (null refuses with
 * wrongValue).
 */
public record ScalarSchema<T>(
    int[] oid,
    String name,
    SmiType type,
    Access access,
    Function<T, Object> reader,
    BiFunction<T, Object, T> writer) {

  public ScalarSchema {
    oid = oid.clone();
  }

  @Override
  public int[] oid() {
    return oid.clone();
  }

  public static <T> ScalarSchema<T> readOnly(
      int[] oid, String name, SmiType type, Function<T, Object> reader) {
    return new ScalarSchema<>(oid, name, type, Access.READ_ONLY, reader, null);
  }

  public boolean writable() {
    return writer != null;
  }
}

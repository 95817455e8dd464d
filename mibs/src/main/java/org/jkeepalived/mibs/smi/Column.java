package org.jkeepalived.mibs.smi;

import java.util.function.BiFunction;

/**
 * One column of a MIB table bound to the store: its sub-identifier under the entry OID, its MIB
 * name, SMI type and access, how its value is read from a row's config and state parts (either
 * may be null; return null when the row has no value for this column), and for writable columns
 * how a SET value produces the new config row (return null to refuse with wrongValue).
 *
 * @param <C> config row type
 * @param <S> state row type
 */
public record Column<C, S>(
    int subId,
    String name,
    SmiType type,
    Access access,
    BiFunction<C, S, Object> reader,
    BiFunction<C, Object, C> writer) {

  public static <C, S> Column<C, S> readOnly(
      int subId, String name, SmiType type, BiFunction<C, S, Object> reader) {
    return new Column<>(subId, name, type, Access.READ_ONLY, reader, null);
  }

  public boolean writable() {
    return writer != null;
  }
}

package org.jkeepalived.mibs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jkeepalived.mibs.smi.Access;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.SmiType;

/** A small builder of a table's columns, so each binding reads as one line per MIB column. */
final class Cols<C, S> {
  private final List<Column<C, S>> columns = new ArrayList<>();

  /** A read-only column reading both parts. */
  Cols<C, S> ro(int subId, String name, SmiType type, BiFunction<C, S, Object> reader) {
    columns.add(Column.readOnly(subId, name, type, reader));
    return this;
  }

  /** A read-only column of the config part (absent when the row has no config). */
  Cols<C, S> cfg(int subId, String name, SmiType type, Function<C, Object> reader) {
    return ro(subId, name, type, (c, s) -> c == null ? null : reader.apply(c));
  }

  /** A read-only column of the state part (absent when the row has no state). */
  Cols<C, S> st(int subId, String name, SmiType type, Function<S, Object> reader) {
    return ro(subId, name, type, (c, s) -> s == null ? null : reader.apply(s));
  }

  /** A read-only column whose value is the same for every row. */
  Cols<C, S> constant(int subId, String name, SmiType type, Object value) {
    return ro(subId, name, type, (c, s) -> value);
  }

  /** A read-only column keepalived does not serve: bound so the schema is complete, never present. */
  Cols<C, S> absent(int subId, String name, SmiType type) {
    return ro(subId, name, type, (c, s) -> null);
  }

  /** A read-write column of the config part. */
  Cols<C, S> rw(
      int subId, String name, SmiType type, Function<C, Object> reader, BiFunction<C, Object, C> writer) {
    columns.add(
        new Column<>(subId, name, type, Access.READ_WRITE, (c, s) -> c == null ? null : reader.apply(c), writer));
    return this;
  }

  /** A not-accessible index column: bound for completeness, the index carries its value. */
  Cols<C, S> index(int subId, String name, SmiType type) {
    columns.add(new Column<>(subId, name, type, Access.NOT_ACCESSIBLE, (c, s) -> null, null));
    return this;
  }

  /**
   * A column the MIB declares read-write but keepalived never lets a manager change: readable,
   * without a writer, so a SET answers notWritable.
   */
  Cols<C, S> rwNoWriter(int subId, String name, SmiType type, Function<C, Object> reader) {
    columns.add(
        new Column<>(subId, name, type, Access.READ_WRITE, (c, s) -> c == null ? null : reader.apply(c), null));
    return this;
  }

  /** The columns in sub-identifier order. */
  List<Column<C, S>> build() {
    return columns.stream().sorted(java.util.Comparator.comparingInt(Column::subId)).toList();
  }
}

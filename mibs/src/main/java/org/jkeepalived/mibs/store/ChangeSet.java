package org.jkeepalived.mibs.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations a transaction has collected, and how they turn into real changes against one
 * store version. Keeping the operations (rather than pre-computed changes) lets commit re-resolve
 * them against the version it actually applies to, so a reload's "make the table equal to this"
 * stays exact even if another transaction committed in between.
 */
final class ChangeSet {
  /** Marks a row that the transaction removes. */
  private static final Object REMOVED = new Object();

  private final List<Op> ops = new ArrayList<>();

  private sealed interface Op permits RowOp, ReplaceOp {}

  /** Put (row non-null) or remove (row null) of one half of one row. */
  private record RowOp(TableId<?, ?> table, Part part, Index index, Object row) implements Op {}

  /** Make one half of a table equal to the given rows. */
  private record ReplaceOp(TableId<?, ?> table, Part part, PersistentSortedMap<Index, Object> rows)
      implements Op {}

  private record RowKey(TableId<?, ?> table, Part part, Index index) {}

  void put(TableId<?, ?> table, Part part, Index index, Object row) {
    ops.add(new RowOp(table, part, Objects.requireNonNull(index), checkType(table, part, row)));
  }

  void remove(TableId<?, ?> table, Part part, Index index) {
    checkStored(Objects.requireNonNull(table), part);
    ops.add(new RowOp(table, part, Objects.requireNonNull(index), null));
  }

  void replace(TableId<?, ?> table, Part part, Map<Index, ?> rows) {
    checkStored(table, part);
    PersistentSortedMap<Index, Object> copy = PersistentSortedMap.empty();
    for (Map.Entry<Index, ?> e : rows.entrySet()) {
      copy = copy.put(Objects.requireNonNull(e.getKey()), checkType(table, part, e.getValue()));
    }
    ops.add(new ReplaceOp(table, part, copy));
  }

  /** A view's state part is computed when read: writing it would be a second source of truth. */
  private static void checkStored(TableId<?, ?> table, Part part) {
    if (part == Part.STATE && table.isView()) {
      throw new IllegalArgumentException(table + " is a view: its state is computed, not written");
    }
  }

  private static Object checkType(TableId<?, ?> table, Part part, Object row) {
    Objects.requireNonNull(row, "row");
    checkStored(table, part);
    Class<?> type = part == Part.CONFIG ? table.configType() : table.stateType();
    if (type == Void.class) {
      throw new IllegalArgumentException(table + " has no " + part + " part");
    }
    if (!type.isInstance(row)) {
      throw new IllegalArgumentException(
          table + " " + part + " rows are " + type.getName() + ", not " + row.getClass().getName());
    }
    return row;
  }

  /**
   * The real changes these operations make to {@code base}, in the order the operations first
   * touched each row (a replace in index order): a later operation on a row overrides an earlier
   * one, and a row left equal to its current value (by {@code equals}) yields nothing.
   */
  List<StoreEvent> resolve(StoreRoot base, Origin origin) {
    Map<RowKey, Object> outcome = new LinkedHashMap<>();
    for (Op op : ops) {
      if (op instanceof RowOp r) {
        outcome.put(new RowKey(r.table(), r.part(), r.index()), r.row() == null ? REMOVED : r.row());
      } else {
        expandReplace((ReplaceOp) op, base, outcome);
      }
    }
    List<StoreEvent> changes = new ArrayList<>();
    for (Map.Entry<RowKey, Object> e : outcome.entrySet()) {
      RowKey k = e.getKey();
      Object before = base.rows(k.table(), k.part()).get(k.index());
      Object after = e.getValue() == REMOVED ? null : e.getValue();
      if (!Objects.equals(before, after)) {
        changes.add(new StoreEvent(k.table(), k.index(), k.part(), before, after, origin));
      }
    }
    return changes;
  }

  /** A replace overrides earlier operations on that table half, then merges with its rows. */
  private static void expandReplace(ReplaceOp op, StoreRoot base, Map<RowKey, Object> outcome) {
    outcome.keySet().removeIf(k -> k.table() == op.table() && k.part() == op.part());
    Iterator<Map.Entry<Index, Object>> have = base.rows(op.table(), op.part()).iterator();
    Iterator<Map.Entry<Index, Object>> want = op.rows().iterator();
    Map.Entry<Index, Object> h = next(have);
    Map.Entry<Index, Object> w = next(want);
    while (h != null || w != null) {
      int c = h == null ? 1 : w == null ? -1 : h.getKey().compareTo(w.getKey());
      if (c < 0) {
        outcome.put(new RowKey(op.table(), op.part(), h.getKey()), REMOVED);
        h = next(have);
      } else {
        outcome.put(new RowKey(op.table(), op.part(), w.getKey()), w.getValue());
        w = next(want);
        if (c == 0) {
          h = next(have);
        }
      }
    }
  }

  private static <T> T next(Iterator<T> it) {
    return it.hasNext() ? it.next() : null;
  }
}

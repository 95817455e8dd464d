package org.jkeepalived.agent.snmp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.oid.Oid;
import org.jkeepalived.mibs.smi.Column;
import org.jkeepalived.mibs.smi.TableSchema;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.tables.DerivedColumn;

/**
 * Serves {@link DerivedColumn}s (cells joined from another store table, e.g. vrrpInstanceSyncGroup)
 * through the agent's ordinary column readers, which see only a row's config and state: the
 * replacement reader finds the row's index by the identity of its config (or state) record in the
 * store's current snapshot and asks the derived column for the cell there.
 *
 * <p>Interim adapter until the agent's table object reads derived cells from its request snapshot
 * itself: a commit between the request's snapshot and this lookup can hide a changed row's cell
 * for that one request. The lookup is linear in the table's rows.
 */
final class DerivedCells {
  private DerivedCells() {}

  /** {@code schema} with every column that one of {@code derived} serves replaced. */
  static <C, S> TableSchema<C, S> apply(
      ObjectStore store, TableSchema<C, S> schema, List<DerivedColumn> derived) {
    Oid entry = Oid.of(schema.entryOid());
    List<Column<C, S>> columns = new ArrayList<>(schema.columns().size());
    boolean changed = false;
    for (Column<C, S> c : schema.columns()) {
      DerivedColumn d = find(derived, entry, c.subId());
      if (d == null) {
        columns.add(c);
      } else {
        TableId<C, S> table = schema.table();
        columns.add(new Column<>(c.subId(), c.name(), c.type(), c.access(),
            (config, state) -> read(store.snapshot(), table, d, config, state), c.writer()));
        changed = true;
      }
    }
    return changed ? new TableSchema<>(schema.table(), schema.entryOid(), columns) : schema;
  }

  private static DerivedColumn find(List<DerivedColumn> derived, Oid entry, int subId) {
    for (DerivedColumn d : derived) {
      if (d.entry().equals(entry) && d.subId() == subId) {
        return d;
      }
    }
    return null;
  }

  private static <C, S> Object read(
      StoreSnapshot snap, TableId<C, S> table, DerivedColumn d, C config, S state) {
    Index index = config != null ? indexOf(snap.configs(table), config)
        : indexOf(snap.states(table), state);
    return index == null ? null : d.read(snap, index);
  }

  private static <T> Index indexOf(Map<Index, T> rows, T record) {
    for (Map.Entry<Index, T> e : rows.entrySet()) {
      if (e.getValue() == record) {
        return e.getKey();
      }
    }
    return null;
  }
}

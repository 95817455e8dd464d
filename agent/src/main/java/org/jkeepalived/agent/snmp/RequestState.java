package org.jkeepalived.agent.snmp;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;

/**
 * What one SNMP request sees of the store: a single snapshot taken at its first store access, so
 * every variable binding of a GET, GETNEXT or GETBULK reads one consistent version; and for a SET,
 * the rows changed so far and the store transaction that will apply them. Lives in the request's
 * processing user objects and dies with the request.
 */
final class RequestState {
  private final StoreSnapshot snapshot;
  private final Map<TableId<?, ?>, Rows<?, ?>> rows = new IdentityHashMap<>();

  /** Config rows changed by the SET so far, in varbind order. */
  final Map<RowKey, Object> pending = new LinkedHashMap<>();

  /** The validated transaction, set once every store varbind of a SET was prepared. */
  Transaction transaction;

  boolean committed;

  RequestState(StoreSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  StoreSnapshot snapshot() {
    return snapshot;
  }

  /** The config and state rows of a table in this snapshot, fetched once per request. */
  @SuppressWarnings("unchecked")
  <C, S> Rows<C, S> rows(TableId<C, S> table) {
    Rows<?, ?> r = rows.get(table);
    if (r == null) {
      r = new Rows<>(snapshot.configs(table), snapshot.states(table));
      rows.put(table, r);
    }
    return (Rows<C, S>) r;
  }

  /** A row of one table, the key of a pending SET change. */
  record RowKey(TableId<?, ?> table, Index index) {}

  /**
   * The two halves of a table in index order. A row exists when either half has it; the helpers
   * merge both key sets without copying them.
   */
  record Rows<C, S>(NavigableMap<Index, C> configs, NavigableMap<Index, S> states) {
    Index first() {
      return min(
          configs.isEmpty() ? null : configs.firstKey(),
          states.isEmpty() ? null : states.firstKey());
    }

    Index higher(Index after) {
      return min(configs.higherKey(after), states.higherKey(after));
    }

    Index ceiling(Index from) {
      return min(configs.ceilingKey(from), states.ceilingKey(from));
    }

    private static Index min(Index a, Index b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return a.compareTo(b) <= 0 ? a : b;
    }
  }
}

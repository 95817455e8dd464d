package org.jkeepalived.mibs.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One whole version of the store: a version number and every table, all immutable. The store swaps
 * its current root atomically on commit, so a root is itself the snapshot handed to readers: taking
 * one is a volatile read.
 *
 * <p>A view table's state part is not held: {@link #state} and {@link #states} compute it from
 * this root, and {@link #states} keeps the result for the root's lifetime (the root never changes,
 * so neither does the answer), so a whole SNMP walk over one snapshot computes a view once.
 *
 * <p>Tables are keyed by name. Two distinct {@link TableId} objects with one name are a wiring bug
 * and are refused with {@link IllegalArgumentException}.
 */
final class StoreRoot implements StoreSnapshot {
  static final StoreRoot EMPTY = new StoreRoot(0, PersistentSortedMap.empty());

  private final long version;
  private final PersistentSortedMap<String, TableData> tables;
  /** Computed state parts of view tables, by table name; filled on first read. */
  private final Map<String, NavigableMap<Index, ?>> viewStates = new ConcurrentHashMap<>();

  StoreRoot(long version, PersistentSortedMap<String, TableData> tables) {
    this.version = version;
    this.tables = tables;
  }

  @Override
  public long version() {
    return version;
  }

  PersistentSortedMap<String, TableData> tables() {
    return tables;
  }

  /** The table's data at this version, empty if it has never held a row. */
  TableData table(TableId<?, ?> id) {
    TableData data = tables.get(id.name());
    if (data == null) {
      return TableData.empty(id);
    }
    if (data.id() != id) {
      throw new IllegalArgumentException("two different TableIds are named " + id.name());
    }
    return data;
  }

  PersistentSortedMap<Index, Object> rows(TableId<?, ?> id, Part part) {
    return table(id).part(part);
  }

  /**
   * The next version: this one with the given real changes applied. Each changed row costs
   * O(log n) new nodes; untouched tables and subtrees are shared.
   */
  StoreRoot apply(List<StoreEvent> changes) {
    Map<String, TableData> touched = new HashMap<>();
    for (StoreEvent c : changes) {
      TableData data = touched.computeIfAbsent(c.table().name(), n -> table(c.table()));
      if (data.id() != c.table()) {
        throw new IllegalArgumentException("two different TableIds are named " + c.table().name());
      }
      PersistentSortedMap<Index, Object> rows = data.part(c.part());
      rows = c.after() == null ? rows.remove(c.index()) : rows.put(c.index(), c.after());
      touched.put(c.table().name(), data.with(c.part(), rows));
    }
    PersistentSortedMap<String, TableData> next = tables;
    for (Map.Entry<String, TableData> e : touched.entrySet()) {
      next = next.put(e.getKey(), e.getValue());
    }
    return new StoreRoot(version + 1, next);
  }

  @Override
  public <C> Optional<C> config(TableId<C, ?> table, Index index) {
    return Optional.ofNullable(table.configType().cast(rows(table, Part.CONFIG).get(index)));
  }

  @Override
  public <S> Optional<S> state(TableId<?, S> table, Index index) {
    if (table.isView()) {
      return Optional.ofNullable(viewState(table, index));
    }
    return Optional.ofNullable(table.stateType().cast(rows(table, Part.STATE).get(index)));
  }

  private <C, S> S viewState(TableId<C, S> table, Index index) {
    C config = configs(table).get(index);
    return config == null ? null : table.stateView().state(this, index, config);
  }

  // The casts below are safe: a transaction admits into a part only rows of that part's type.
  @Override
  @SuppressWarnings("unchecked")
  public <C> NavigableMap<Index, C> configs(TableId<C, ?> table) {
    return (NavigableMap<Index, C>) rows(table, Part.CONFIG).asNavigableMap();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <S> NavigableMap<Index, S> states(TableId<?, S> table) {
    if (table.isView()) {
      // Not computeIfAbsent: a view may read another view of this root while being computed.
      NavigableMap<Index, ?> known = viewStates.get(table.name());
      if (known == null) {
        known = viewStates(table);
        NavigableMap<Index, ?> raced = viewStates.putIfAbsent(table.name(), known);
        known = raced != null ? raced : known;
      }
      return (NavigableMap<Index, S>) known;
    }
    return (NavigableMap<Index, S>) rows(table, Part.STATE).asNavigableMap();
  }

  private <C, S> NavigableMap<Index, S> viewStates(TableId<C, S> table) {
    table(table); // refuses a second TableId of the same name, as stored tables do
    TreeMap<Index, S> out = new TreeMap<>();
    for (Map.Entry<Index, C> e : configs(table).entrySet()) {
      S s = table.stateView().state(this, e.getKey(), e.getValue());
      if (s != null) {
        out.put(e.getKey(), table.stateType().cast(s));
      }
    }
    return Collections.unmodifiableNavigableMap(out);
  }

  @Override
  public String toString() {
    return "StoreSnapshot{version=" + version + ", tables=" + tables.size() + "}";
  }
}

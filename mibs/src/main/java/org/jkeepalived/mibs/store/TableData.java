package org.jkeepalived.mibs.store;

/**
 * One table at one store version: its identity and the two halves of its rows, each an immutable
 * map from index to row record.
 */
record TableData(
    TableId<?, ?> id, PersistentSortedMap<Index, Object> config, PersistentSortedMap<Index, Object> state) {

  static TableData empty(TableId<?, ?> id) {
    return new TableData(id, PersistentSortedMap.empty(), PersistentSortedMap.empty());
  }

  PersistentSortedMap<Index, Object> part(Part part) {
    return part == Part.CONFIG ? config : state;
  }

  TableData with(Part part, PersistentSortedMap<Index, Object> rows) {
    return part == Part.CONFIG ? new TableData(id, rows, state) : new TableData(id, config, rows);
  }
}

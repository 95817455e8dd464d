package org.jkeepalived.mibs.store;

import java.util.NavigableMap;
import java.util.Optional;

/**
 * An immutable, consistent view of the whole store at one version. Taking one never blocks a
 * writer, and it never changes afterwards.
 */
public interface StoreSnapshot {
  long version();

  <C> Optional<C> config(TableId<C, ?> table, Index index);

  <S> Optional<S> state(TableId<?, S> table, Index index);

  /** The config rows of a table in index (OID) order. */
  <C> NavigableMap<Index, C> configs(TableId<C, ?> table);

  /** The state rows of a table in index (OID) order. */
  <S> NavigableMap<Index, S> states(TableId<?, S> table);
}

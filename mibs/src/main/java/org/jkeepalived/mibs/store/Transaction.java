package org.jkeepalived.mibs.store;

import java.util.List;
import java.util.Optional;

/**
 * A set of row changes applied all together or not at all. Used alike for the config at start-up,
 * a reload (a diff), an SNMP SET and an engine publishing state. Puts of a value equal to the
 * current one are no-ops and produce no event.
 */
public interface Transaction {
  <C> Transaction putConfig(TableId<C, ?> table, Index index, C row);

  Transaction removeConfig(TableId<?, ?> table, Index index);

  <S> Transaction putState(TableId<?, S> table, Index index, S row);

  Transaction removeState(TableId<?, ?> table, Index index);

  /** Phase one: asks every validator; returns the first refusal, changing nothing. */
  Optional<Refusal> validate();

  /**
   * Phase two: applies the changes atomically and returns the events it produced (also queued to
   * listeners). Throws {@link IllegalStateException} if validation refuses the transaction.
   */
  List<StoreEvent> commit();
}

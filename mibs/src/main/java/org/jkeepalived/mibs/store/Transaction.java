package org.jkeepalived.mibs.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of row changes applied all together or not at all. Used alike for the config at start-up,
 * a reload (a diff), an SNMP SET and an engine publishing state. Puts of a value equal to the
 * current one are no-ops and produce no event.
 *
 * <p>Operations apply in call order: a later one on the same row overrides an earlier one. A
 * transaction is single use and confined to the thread that builds it; after a refusal every
 * further call throws {@link TransactionRefusedException}.
 */
public interface Transaction {
  <C> Transaction putConfig(TableId<C, ?> table, Index index, C row);

  Transaction removeConfig(TableId<?, ?> table, Index index);

  <S> Transaction putState(TableId<?, S> table, Index index, S row);

  Transaction removeState(TableId<?, ?> table, Index index);

  /**
   * Makes the table's config part equal to {@code rows} (a reload diff): puts every given row and
   * removes every other. Unchanged rows produce no event and keep their state. The diff is taken
   * against the store version the commit applies to.
   */
  <C> Transaction replaceConfigs(TableId<C, ?> table, Map<Index, ? extends C> rows);

  /** Makes the table's state part equal to {@code rows}: an engine handing over what it sees. */
  <S> Transaction replaceStates(TableId<?, S> table, Map<Index, ? extends S> rows);

  /**
   * Phase one: asks every validator of each row the transaction really changes (a put equal to
   * the current row changes nothing and cannot be refused); returns the first refusal, changing
   * nothing.
   */
  Optional<Refusal> validate();

  /**
   * Phase two: applies the changes atomically and returns the events it produced (also queued to
   * listeners). Throws {@link IllegalStateException} if validation refuses the transaction (a
   * {@link TransactionRefusedException} carrying the {@link Refusal}).
   */
  List<StoreEvent> commit();
}

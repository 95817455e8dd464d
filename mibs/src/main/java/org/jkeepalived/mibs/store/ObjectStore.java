package org.jkeepalived.mibs.store;

import java.util.function.Predicate;

/**
 * The hub of jkeepalived: one row per managed object, keyed by MIB index, config apart from state.
 * Engines read their config from it and publish their state into it; the SNMP agent serves it.
 */
public interface ObjectStore extends AutoCloseable {
  StoreSnapshot snapshot();

  Transaction begin(Origin origin);

  /**
   * Registers a validator for changes to the given table (an engine does it at start); closing
   * the returned handle removes it (at engine close).
   */
  Registration addValidator(TableId<?, ?> table, Validator validator);

  /** Subscribes to the events of one domain; they arrive in commit order on that domain's loop. */
  default Subscription subscribe(Domain domain, String listenerName, StoreListener listener) {
    return subscribe(domain, listenerName, e -> true, listener);
  }

  /**
   * Subscribes to the events of one domain that {@code relevant} accepts: the listener gets only
   * those, and is not woken at all for a transaction without one (say a notifier and the many
   * counter-only publications of an idle backup). {@code relevant} runs on the committing thread
   * under the store's writer lock: it must be cheap and must not touch the store.
   */
  Subscription subscribe(Domain domain, String listenerName, Predicate<StoreEvent> relevant,
      StoreListener listener);

  /** Stops the dispatch loops after delivering what was already committed. */
  @Override
  void close();

  /** A handle to remove a validator. */
  interface Registration extends AutoCloseable {
    /** Transactions validated after the call no longer ask the validator; idempotent. */
    @Override
    void close();
  }

  /** A handle to cancel a subscription. */
  interface Subscription extends AutoCloseable {
    /**
     * Stops deliveries to the listener; idempotent. Batches of transactions committed before the
     * call may still be delivered (or not); none committed after it are.
     */
    @Override
    void close();
  }
}

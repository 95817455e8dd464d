package org.jkeepalived.engine.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Makes an engine's running objects match its config rows, by key: a key no longer wanted is
 * removed, a new one created, a kept one handed to {@link Handler#update} (which decides what its
 * row change means). Startup, a reload and an SNMP SET all end here with the rows now in the
 * store, so a reload is a diff: an unchanged object keeps its state, addresses and timers.
 *
 * <p>The running map is the engine's own (a {@link java.util.LinkedHashMap} keeps creation
 * order); the reconciler is its only writer while {@link #reconcile} runs. Runs on the engine's
 * loop.
 *
 * @param <K> the key that identifies an object across reloads (VRRP: the instance name)
 * @param <R> what the rows give for one key
 * @param <T> the running object
 */
public final class Reconciler<K, R, T> {
  /** What the engine does for each change. */
  public interface Handler<K, R, T> {
    /** Builds and starts the object for a new key. */
    T create(K key, R row) throws Exception;

    /**
     * Called for every key still wanted, changed or not: returns what runs {@code row} now, that
     * is {@code current} (unchanged, or updated in place) or a replacement (after tearing down
     * {@code current} as needed). A failure to update in place is the handler's to report; what
     * it throws drops the key, as for a failed create.
     */
    T update(K key, T current, R row) throws Exception;

    /** Stops and releases an object whose key is no longer wanted. What it throws propagates. */
    void remove(K key, T current);

    /** {@code create} or {@code update} threw: the key now has no running object. */
    void failed(K key, Exception cause);
  }

  private final Map<K, T> running;
  private final Handler<K, R, T> handler;

  public Reconciler(Map<K, T> running, Handler<K, R, T> handler) {
    this.running = Objects.requireNonNull(running);
    this.handler = Objects.requireNonNull(handler);
  }

  /** Removes, then creates and updates in the order of {@code wanted}. */
  public void reconcile(Map<K, ? extends R> wanted) {
    reconcile(wanted, key -> true);
  }

  /**
   * As {@link #reconcile(Map)} for the keys in {@code scope} only (those whose rows changed):
   * {@code wanted} holds what the rows now give for them, and every other running object is left
   * alone, not even handed to {@link Handler#update}.
   */
  public void reconcile(Map<K, ? extends R> wanted, Set<K> scope) {
    reconcile(wanted, scope::contains);
  }

  private void reconcile(Map<K, ? extends R> wanted, Predicate<K> scope) {
    for (K key : List.copyOf(running.keySet())) {
      if (scope.test(key) && !wanted.containsKey(key)) {
        handler.remove(key, running.remove(key));
      }
    }
    wanted.forEach((key, row) -> {
      if (!scope.test(key)) {
        return;
      }
      T current = running.get(key);
      try {
        T next = current == null ? handler.create(key, row) : handler.update(key, current, row);
        if (next != current) {
          running.remove(key); // a replacement is a new object: it goes last, as a create does
          running.put(key, next);
        }
      } catch (Exception e) {
        running.remove(key);
        handler.failed(key, e);
      }
    });
  }
}

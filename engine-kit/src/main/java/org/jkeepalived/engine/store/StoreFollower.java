package org.jkeepalived.engine.store;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreListener;

/**
 * Follows one store {@link Domain} for an engine: each committed batch of events is handed to the
 * engine on its own loop. The store delivers on the domain's dispatch thread, which must never run
 * engine code (the engine is single-threaded and lock-free) nor wait for it (a slow engine would
 * hold up the notifiers of that domain): so the follower only hops. Batches keep commit order,
 * since the loop runs tasks in submission order.
 */
public final class StoreFollower implements AutoCloseable {
  private final ObjectStore.Subscription subscription;

  private StoreFollower(ObjectStore.Subscription subscription) {
    this.subscription = subscription;
  }

  /**
   * Subscribes {@code listener} to {@code domain}; it runs on {@code loop}.
   *
   * @param listenerName names the subscription in the store's slow-listener reports
   */
  public static StoreFollower follow(ObjectStore store, Domain domain, String listenerName,
      Executor loop, StoreListener listener) {
    return follow(store, domain, listenerName, loop, e -> true, listener);
  }

  /**
   * As above, handing on only the events {@code relevant} accepts, and nothing at all for a batch
   * without one: an engine that reads only config rows need not wake up for the state rows it
   * publishes itself. The store applies {@code relevant} as it commits (it must be cheap), so such
   * a batch wakes neither the follower's delivery thread nor the loop.
   */
  public static StoreFollower follow(ObjectStore store, Domain domain, String listenerName,
      Executor loop, Predicate<StoreEvent> relevant, StoreListener listener) {
    Objects.requireNonNull(loop);
    Objects.requireNonNull(listener);
    Objects.requireNonNull(relevant);
    return new StoreFollower(store.subscribe(domain, listenerName, relevant,
        events -> loop.execute(() -> listener.onEvents(events))));
  }

  /** Stops following; batches already handed to the loop still run there. Idempotent. */
  @Override
  public void close() {
    subscription.close();
  }
}

package org.jkeepalived.mibs.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered dispatch of one {@link Domain}: each committed transaction's events for the domain
 * go, in commit order, to the queue of every listener that was subscribed when the transaction
 * committed and that wants at least one of them. It runs on the committing thread under the
 * store's writer lock (which is what orders the batches) and only queues, so it never waits on a
 * listener. It has no thread of its own: a forwarding thread was one more wake-up per commit,
 * and a listener that wants none of a batch's events is not woken at all (an idle backup's
 * counter publications, which no notifier reads, woke four threads a second).
 */
final class DomainLoop {
  /** Copy-on-write; changed only under the store's writer lock. */
  private volatile List<ListenerWorker> workers = List.of();

  /** Caller holds the store's writer lock. */
  void add(ListenerWorker worker) {
    List<ListenerWorker> next = new ArrayList<>(workers);
    next.add(worker);
    workers = List.copyOf(next);
  }

  /** Caller holds the store's writer lock. */
  void remove(ListenerWorker worker) {
    List<ListenerWorker> next = new ArrayList<>(workers);
    next.remove(worker);
    workers = List.copyOf(next);
  }

  List<ListenerWorker> workers() {
    return workers;
  }

  /** Queues one transaction's events to the current subscribers; never blocks. Caller holds the lock. */
  void publish(List<StoreEvent> events) {
    for (ListenerWorker w : workers) {
      w.offer(events);
    }
  }

  /** Stops every listener after what is queued to it. */
  void stop() {
    workers.forEach(ListenerWorker::stop);
  }
}

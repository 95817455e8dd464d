package org.jkeepalived.mibs.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The ordered dispatch loop of one {@link Domain}: one daemon thread that takes each committed
 * transaction's events for the domain, in commit order, and hands them to the queue of every
 * listener that was subscribed when the transaction committed. It only forwards, so it never
 * waits on a listener.
 */
final class DomainLoop {
  /** Queue marker: stop the listeners after what is queued, then end. */
  private static final Object STOP = new Object();

  private record Batch(List<StoreEvent> events, List<ListenerWorker> targets) {}

  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  /** Copy-on-write; changed only under the store's writer lock, read by the loop thread. */
  private volatile List<ListenerWorker> workers = List.of();

  DomainLoop(Domain domain) {
    this.thread = new Thread(this::run, "store-" + domain.name().toLowerCase(Locale.ROOT));
    this.thread.setDaemon(true);
    this.thread.start();
  }

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

  Thread thread() {
    return thread;
  }

  /** Queues one transaction's events for the current subscribers; never blocks. */
  void publish(List<StoreEvent> events) {
    List<ListenerWorker> targets = workers;
    if (!targets.isEmpty()) {
      queue.add(new Batch(events, targets));
    }
  }

  /** Forwards what is queued, then stops every listener (which deliver their own queues). */
  void stop() {
    queue.add(STOP);
  }

  private void run() {
    try {
      while (true) {
        Object item = queue.take();
        if (item == STOP) {
          workers.forEach(ListenerWorker::stop);
          return;
        }
        Batch batch = (Batch) item;
        for (ListenerWorker w : batch.targets()) {
          w.offer(batch.events());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

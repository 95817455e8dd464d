package org.jkeepalived.mibs.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscribed listener with its own queue and its own daemon thread, so that a listener that
 * blocks or throws delays or loses only its own deliveries (ONOS: each listener isolated, slow
 * ones reported). Batches arrive in the order they were offered, which is commit order.
 */
final class ListenerWorker {
  private static final Logger log = LoggerFactory.getLogger(ListenerWorker.class);
  /** Queue marker: deliver nothing more. */
  private static final Object STOP = new Object();

  private final String name;
  private final Domain domain;
  private final StoreListener listener;
  private final Predicate<StoreEvent> relevant;
  private final long slowNanos;
  private final Runnable deliveryStarted;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong slow = new AtomicLong();
  private final AtomicLong longestNanos = new AtomicLong();
  private final AtomicReference<InFlight> inFlight = new AtomicReference<>();
  private volatile boolean stopping;

  /** One delivery under way; reported slow at most once, by the watchdog or on completion. */
  private static final class InFlight {
    final long startedAt;
    final AtomicBoolean reported = new AtomicBoolean();

    InFlight(long startedAt) {
      this.startedAt = startedAt;
    }
  }

  ListenerWorker(String name, Domain domain, StoreListener listener, Duration slowThreshold) {
    this(name, domain, e -> true, listener, slowThreshold, () -> {});
  }

  /**
   * @param relevant the events the listener wants; the others are not queued, and a batch with
   *     none is not delivered at all (evaluated on the committing thread: keep it cheap)
   * @param deliveryStarted told as each delivery begins (arms the store's watchdog)
   */
  ListenerWorker(String name, Domain domain, Predicate<StoreEvent> relevant,
      StoreListener listener, Duration slowThreshold, Runnable deliveryStarted) {
    this.deliveryStarted = deliveryStarted;
    this.relevant = relevant;
    this.name = name;
    this.domain = domain;
    this.listener = listener;
    this.slowNanos = slowThreshold.toNanos();
    this.thread =
        new Thread(this::run, "store-" + domain.name().toLowerCase(Locale.ROOT) + "-" + name);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Queues the relevant events of a batch, none if none is; never blocks. Ignored once the worker
   * is stopping.
   */
  void offer(List<StoreEvent> batch) {
    if (stopping) {
      return;
    }
    List<StoreEvent> mine = relevantOf(batch);
    if (mine == batch || !mine.isEmpty()) { // left empty by the filter: nothing to wake up for
      queue.add(mine);
    }
  }

  private List<StoreEvent> relevantOf(List<StoreEvent> batch) {
    int i = 0;
    while (i < batch.size() && wants(batch.get(i))) {
      i++;
    }
    if (i == batch.size()) {
      return batch; // the usual case, no copy
    }
    List<StoreEvent> mine = new ArrayList<>(batch.size());
    mine.addAll(batch.subList(0, i));
    for (i++; i < batch.size(); i++) {
      if (wants(batch.get(i))) {
        mine.add(batch.get(i));
      }
    }
    return Collections.unmodifiableList(mine);
  }

  /** A predicate that throws must not fail the commit it runs in: the event is delivered. */
  private boolean wants(StoreEvent e) {
    try {
      return relevant.test(e);
    } catch (RuntimeException ex) {
      failed.incrementAndGet();
      log.error("store listener {} on {}: its event filter threw; event delivered", name, domain, ex);
      return true;
    }
  }

  /** Delivers what is already queued, then ends the thread. */
  void stop() {
    stopping = true;
    queue.add(STOP);
  }

  Thread thread() {
    return thread;
  }

  private void run() {
    try {
      while (true) {
        Object item = queue.take();
        if (item == STOP) {
          return;
        }
        @SuppressWarnings("unchecked")
        List<StoreEvent> batch = (List<StoreEvent>) item;
        deliver(batch);
      }
    } catch (InterruptedException e) {
      // Interrupted by close() after its bounded wait: end quietly.
      Thread.currentThread().interrupt();
    }
  }

  private void deliver(List<StoreEvent> batch) {
    InFlight current = new InFlight(System.nanoTime());
    inFlight.set(current);
    deliveryStarted.run();
    try {
      listener.onEvents(batch);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      failed.incrementAndGet();
      log.error("store listener {} on {} threw; it keeps receiving events", name, domain, t);
    } finally {
      long took = System.nanoTime() - current.startedAt;
      inFlight.set(null);
      delivered.incrementAndGet();
      longestNanos.accumulateAndGet(took, Math::max);
      if (took > slowNanos) {
        reportSlow(current, took, true);
      }
    }
  }

  /**
   * Called by the watchdog: reports a delivery that is still running too long; returns whether a
   * delivery is under way.
   */
  boolean checkSlow(long now) {
    InFlight current = inFlight.get();
    if (current != null && now - current.startedAt > slowNanos) {
      reportSlow(current, now - current.startedAt, false);
    }
    return current != null;
  }

  private void reportSlow(InFlight delivery, long nanos, boolean finished) {
    if (delivery.reported.compareAndSet(false, true)) {
      slow.incrementAndGet();
      log.warn(
          "store listener {} on {} {} {} ms on one delivery (threshold {} ms, {} queued)",
          name,
          domain,
          finished ? "took" : "has been busy for",
          TimeUnit.NANOSECONDS.toMillis(nanos),
          TimeUnit.NANOSECONDS.toMillis(slowNanos),
          queue.size());
    }
  }

  ListenerStats stats() {
    return new ListenerStats(
        name,
        domain,
        delivered.get(),
        failed.get(),
        slow.get(),
        (int) queue.stream().filter(o -> o != STOP).count(),
        Duration.ofNanos(longestNanos.get()));
  }
}

package org.jkeepalived.mibs.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events: one {@link DomainLoop} per domain (created at its first subscriber)
 * that queues them on the committing thread, one {@link ListenerWorker} (and thread) per
 * listener, and a watchdog thread that reports listeners stuck in a
 * delivery longer than the slow threshold. Subscribing and publishing happen under the store's
 * writer lock, so a listener receives exactly the transactions committed after it subscribed, and
 * publishing (queueing) never waits on a listener.
 */
final class EventDispatcher {
  private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

  private final Lock writerLock;
  private final Duration slowThreshold;
  private final Map<Domain, DomainLoop> loops = new ConcurrentHashMap<>();
  private SlowWatch watchdog; // guarded by writerLock

  EventDispatcher(Lock writerLock, Duration slowThreshold) {
    this.writerLock = writerLock;
    this.slowThreshold = slowThreshold;
  }

  ObjectStore.Subscription subscribe(Domain domain, String name, Predicate<StoreEvent> relevant,
      StoreListener listener) {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(name);
    Objects.requireNonNull(relevant);
    Objects.requireNonNull(listener);
    DomainLoop loop;
    ListenerWorker worker;
    writerLock.lock();
    try {
      startWatchdog();
      worker = new ListenerWorker(name, domain, relevant, listener, slowThreshold, watchdog::arm);
      loop = loops.computeIfAbsent(domain, d -> new DomainLoop());
      worker.start();
      loop.add(worker);
    } finally {
      writerLock.unlock();
    }
    return () -> unsubscribe(loop, worker);
  }

  private void unsubscribe(DomainLoop loop, ListenerWorker worker) {
    writerLock.lock();
    try {
      if (loop.workers().contains(worker)) {
        loop.remove(worker);
        worker.stop();
      }
    } finally {
      writerLock.unlock();
    }
  }

  private void startWatchdog() {
    if (watchdog != null) {
      return;
    }
    long period = Math.max(TimeUnit.MILLISECONDS.toNanos(1), slowThreshold.toNanos() / 4);
    watchdog = new SlowWatch(Duration.ofNanos(period), this::checkSlow);
  }

  /** Reports deliveries running too long; true while any delivery is under way. */
  private boolean checkSlow() {
    long now = System.nanoTime();
    boolean busy = false;
    for (DomainLoop loop : loops.values()) {
      for (ListenerWorker w : loop.workers()) {
        busy |= w.checkSlow(now);
      }
    }
    return busy;
  }

  /** Queues one transaction's events, split by domain in their order. Caller holds the lock. */
  void publish(List<StoreEvent> events) {
    if (loops.isEmpty()) {
      return;
    }
    Map<Domain, List<StoreEvent>> byDomain = new EnumMap<>(Domain.class);
    for (StoreEvent e : events) {
      byDomain.computeIfAbsent(e.table().domain(), d -> new ArrayList<>()).add(e);
    }
    byDomain.forEach(
        (domain, list) -> {
          DomainLoop loop = loops.get(domain);
          if (loop != null) {
            loop.publish(Collections.unmodifiableList(list));
          }
        });
  }

  List<ListenerStats> stats() {
    List<ListenerStats> out = new ArrayList<>();
    for (Domain d : Domain.values()) {
      DomainLoop loop = loops.get(d);
      if (loop != null) {
        loop.workers().forEach(w -> out.add(w.stats()));
      }
    }
    return out;
  }

  /**
   * Delivers everything already published, then stops all threads. Waits at most {@code timeout}
   * in all; threads still busy after that are interrupted and reported.
   */
  void close(Duration timeout) {
    List<DomainLoop> all;
    writerLock.lock();
    try {
      all = new ArrayList<>(loops.values());
    } finally {
      writerLock.unlock();
    }
    all.forEach(DomainLoop::stop);
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (DomainLoop loop : all) {
      loop.workers().forEach(w -> threads.add(w.thread()));
    }
    for (Thread t : threads) {
      join(t, deadline);
    }
    for (Thread t : threads) {
      if (t.isAlive()) {
        log.warn("store thread {} did not finish within {}; interrupting it", t.getName(), timeout);
        t.interrupt();
      }
    }
    writerLock.lock();
    try {
      if (watchdog != null) {
        watchdog.close();
      }
    } finally {
      writerLock.unlock();
    }
  }

  private static void join(Thread t, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return;
    }
    try {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

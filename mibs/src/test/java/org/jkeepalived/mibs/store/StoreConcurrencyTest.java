package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.mibs.store.TestTables.idx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;
import org.junit.jupiter.api.Test;

/**
 * Several writers and readers at once. Each writer commits transactions that set two rows to the
 * same value; readers check that every snapshot shows each such pair whole, that versions and
 * values only move forward, and that a snapshot never changes while it is read.
 */
class StoreConcurrencyTest {
  private static final int WRITERS = 4;
  private static final int COMMITS = 1_500;
  private static final int READERS = 2;
  private static final long WAIT_MS = Duration.ofSeconds(60).toMillis();

  private final TableId<InstanceConfig, InstanceState> instances = TestTables.instances();

  @Test
  void writersAndReadersHammeringKeepEverySnapshotConsistent() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    Map<Integer, Integer> lastDelivered = new ConcurrentHashMap<>();
    AtomicLong eventsDelivered = new AtomicLong();
    AtomicBoolean writersDone = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);

    try (DefaultObjectStore store = new DefaultObjectStore()) {
      store.addValidator(
          instances,
          (t, i, p, before, after, o) -> Optional.empty()); // validators run under load too
      store.subscribe(
          Domain.VRRP,
          "checker",
          events -> {
            for (StoreEvent e : events) {
              eventsDelivered.incrementAndGet();
              InstanceConfig c = e.configAfter(instances).orElseThrow();
              int writer = e.index().get(0);
              Integer last = lastDelivered.put(writer * 2 + e.index().get(1), c.priority());
              if (last != null && last >= c.priority()) {
                failures.add("event out of order for " + e.index() + ": " + last + " then " + c);
              }
            }
          });

      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(
            start(
                "writer-" + w,
                start,
                () -> {
                  for (int i = 1; i <= COMMITS; i++) {
                    InstanceConfig c = new InstanceConfig("w" + writer, i);
                    store
                        .begin(Origin.ENGINE)
                        .putConfig(instances, idx(writer, 0), c)
                        .putConfig(instances, idx(writer, 1), c)
                        .commit();
                  }
                }));
      }
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(start("reader-" + r, start, () -> read(store, writersDone, failures)));
      }

      start.countDown();
      for (Thread t : writers) {
        t.join(WAIT_MS);
        assertThat(t.isAlive()).as("writer finished in time").isFalse();
      }
      writersDone.set(true);
      for (Thread t : readers) {
        t.join(WAIT_MS);
        assertThat(t.isAlive()).as("reader finished in time").isFalse();
      }

      StoreSnapshot last = store.snapshot();
      assertThat(last.version()).isEqualTo((long) WRITERS * COMMITS);
      for (int w = 0; w < WRITERS; w++) {
        assertThat(last.config(instances, idx(w, 1))).contains(new InstanceConfig("w" + w, COMMITS));
      }
    } // close() drains the listener
    assertThat(failures).isEmpty();
    assertThat(eventsDelivered.get()).isEqualTo(2L * WRITERS * COMMITS);
  }

  private void read(DefaultObjectStore store, AtomicBoolean writersDone, List<String> failures) {
    long lastVersion = -1;
    int[] lastPriority = new int[WRITERS];
    int snapshots = 0;
    while (!writersDone.get() || snapshots < 10) {
      StoreSnapshot s = store.snapshot();
      snapshots++;
      if (s.version() < lastVersion) {
        failures.add("version went back: " + lastVersion + " then " + s.version());
      }
      lastVersion = s.version();
      NavigableMap<Index, InstanceConfig> rows = s.configs(instances);
      int sizeBefore = rows.size();
      for (int w = 0; w < WRITERS; w++) {
        Optional<InstanceConfig> a = s.config(instances, idx(w, 0));
        Optional<InstanceConfig> b = s.config(instances, idx(w, 1));
        if (!a.equals(b)) {
          failures.add("torn transaction in v" + s.version() + ": " + a + " / " + b);
        }
        int p = a.map(InstanceConfig::priority).orElse(0);
        if (p < lastPriority[w]) {
          failures.add("writer " + w + " went back: " + lastPriority[w] + " then " + p);
        }
        lastPriority[w] = p;
      }
      int counted = 0;
      for (InstanceConfig ignored : rows.values()) {
        counted++;
      }
      if (counted != sizeBefore || counted % 2 != 0) {
        failures.add("snapshot changed or torn while read: " + sizeBefore + " vs " + counted);
      }
    }
  }

  private static Thread start(String name, CountDownLatch gate, Runnable body) {
    Thread t =
        new Thread(
            () -> {
              try {
                if (gate.await(WAIT_MS, TimeUnit.MILLISECONDS)) {
                  body.run();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}

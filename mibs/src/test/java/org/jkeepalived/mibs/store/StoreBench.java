package org.jkeepalived.mibs.store;

import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;

/**
 * A rough micro benchmark of the store at 10,000 rows (not a test; run its main). Prints the cost
 * of a one-row engine commit, with and without a listener, of a no-op reload diff, and of snapshot
 * reads: point gets, a full iteration and a GETNEXT walk.
 */
public final class StoreBench {
  private static final int ROWS = 10_000;
  private static final TableId<InstanceConfig, InstanceState> TABLE = TestTables.instances();

  private StoreBench() {}

  public static void main(String[] args) {
    for (int round = 1; round <= 3; round++) {
      System.out.println("round " + round + (round == 1 ? " (warm-up)" : ""));
      try (DefaultObjectStore store = new DefaultObjectStore()) {
        run(store);
      }
    }
  }

  private static void run(DefaultObjectStore store) {
    long t0 = System.nanoTime();
    Transaction load = store.begin(Origin.CONFIG_LOAD);
    TreeMap<Index, InstanceConfig> configs = new TreeMap<>();
    for (int i = 0; i < ROWS; i++) {
      InstanceConfig c = new InstanceConfig("VI_" + i, 100);
      configs.put(Index.of(i), c);
      load.putConfig(TABLE, Index.of(i), c).putState(TABLE, Index.of(i), new InstanceState("BACKUP", 0));
    }
    load.commit();
    report("load 10k rows (config+state), one tx", System.nanoTime() - t0, 1);

    SplittableRandom rnd = new SplittableRandom(1);
    int commits = 200_000;
    t0 = System.nanoTime();
    for (int i = 0; i < commits; i++) {
      store.begin(Origin.ENGINE)
          .putState(TABLE, Index.of(rnd.nextInt(ROWS)), new InstanceState("MASTER", i))
          .commit();
    }
    report("one-row state commit, no listener", System.nanoTime() - t0, commits);

    AtomicLong seen = new AtomicLong();
    ObjectStore.Subscription sub =
        store.subscribe(Domain.VRRP, "bench", events -> seen.addAndGet(events.size()));
    t0 = System.nanoTime();
    for (int i = 0; i < commits; i++) {
      store.begin(Origin.ENGINE)
          .putState(TABLE, Index.of(rnd.nextInt(ROWS)), new InstanceState("FAULT", i))
          .commit();
    }
    report("one-row state commit, one listener", System.nanoTime() - t0, commits);
    sub.close();

    t0 = System.nanoTime();
    int reloads = 50;
    for (int i = 0; i < reloads; i++) {
      store.begin(Origin.RELOAD).replaceConfigs(TABLE, configs).commit();
    }
    report("replaceConfigs 10k unchanged rows (no-op diff)", System.nanoTime() - t0, reloads);

    int gets = 2_000_000;
    long sink = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < gets; i++) {
      sink += store.snapshot().state(TABLE, Index.of(rnd.nextInt(ROWS))).get().adverts();
    }
    report("snapshot() + point get", System.nanoTime() - t0, gets);

    int walks = 200;
    StoreSnapshot s = store.snapshot();
    t0 = System.nanoTime();
    for (int w = 0; w < walks; w++) {
      for (Map.Entry<Index, InstanceState> e : s.states(TABLE).entrySet()) {
        sink += e.getValue().adverts();
      }
    }
    report("full iteration of 10k rows", System.nanoTime() - t0, walks);

    t0 = System.nanoTime();
    for (int w = 0; w < walks / 10; w++) {
      NavigableMap<Index, InstanceState> view = store.snapshot().states(TABLE);
      for (Index k = view.firstKey(); k != null; k = view.higherKey(k)) {
        sink += view.get(k).adverts();
      }
    }
    report("GETNEXT walk (higherKey + get) of 10k rows", System.nanoTime() - t0, walks / 10);
    System.out.println("  (checksum " + sink + ", events delivered so far " + seen.get() + ")");
  }

  private static void report(String what, long nanos, int ops) {
    double per = (double) nanos / ops;
    String unit = per >= 1_000_000 ? String.format("%.2f ms", per / 1e6)
        : per >= 1_000 ? String.format("%.2f us", per / 1e3) : String.format("%.0f ns", per);
    System.out.printf("  %-50s %12s/op  (%,.0f ops/s)%n", what, unit, ops * 1e9 / nanos);
  }
}

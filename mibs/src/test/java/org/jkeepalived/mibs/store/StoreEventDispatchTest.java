package org.jkeepalived.mibs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.mibs.store.TestTables.awaitTrue;
import static org.jkeepalived.mibs.store.TestTables.idx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.store.TestTables.InstanceConfig;
import org.jkeepalived.mibs.store.TestTables.InstanceState;
import org.jkeepalived.mibs.store.TestTables.SessionConfig;
import org.jkeepalived.mibs.store.TestTables.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery of store events: per-domain order, batches, isolation, slow listeners, close. */
class StoreEventDispatchTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration SLOW = Duration.ofMillis(250);

  private final DefaultObjectStore store =
      new DefaultObjectStore(SLOW, Duration.ofSeconds(10));
  private final TableId<InstanceConfig, InstanceState> instances = TestTables.instances();
  private final TableId<SessionConfig, SessionState> sessions = TestTables.sessions();

  @AfterEach
  void close() {
    store.close();
  }

  private void setPriority(int instance, int priority) {
    store
        .begin(Origin.SNMP_SET)
        .putConfig(instances, idx(instance), new InstanceConfig("VI", priority))
        .commit();
  }

  @Test
  void eachTransactionArrivesAsOneBatchPerDomainOnTheListenersThread() throws Exception {
    List<List<StoreEvent>> vrrp = new CopyOnWriteArrayList<>();
    List<List<StoreEvent>> bfd = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);
    store.subscribe(
        Domain.VRRP,
        "traps",
        events -> {
          threads.add(Thread.currentThread().getName() + "/" + Thread.currentThread().isDaemon());
          vrrp.add(events);
          both.countDown();
        });
    store.subscribe(
        Domain.BFD,
        "vrrp-track",
        events -> {
          bfd.add(events);
          both.countDown();
        });

    List<StoreEvent> committed =
        store
            .begin(Origin.ENGINE)
            .putConfig(instances, idx(1), new InstanceConfig("VI_1", 100))
            .putState(sessions, idx(7), new SessionState("UP"))
            .putState(instances, idx(1), new InstanceState("MASTER", 0))
            .commit();

    assertThat(both.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(vrrp).containsExactly(List.of(committed.get(0), committed.get(2)));
    assertThat(bfd).containsExactly(List.of(committed.get(1)));
    assertThat(threads).containsExactly("store-vrrp-traps/true");
  }

  @Test
  void eventsOfADomainArriveInCommitOrderAcrossManyCommits() throws Exception {
    int commits = 2_000;
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch all = new CountDownLatch(commits);
    store.subscribe(
        Domain.VRRP,
        "order",
        events ->
            events.forEach(
                e -> {
                  seen.add(e.configAfter(instances).orElseThrow().priority());
                  all.countDown();
                }));

    for (int i = 1; i <= commits; i++) {
      setPriority(1, i);
    }

    assertThat(all.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= commits; i++) {
      expected.add(i);
    }
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void aListenerSubscribedLaterSeesOnlyLaterCommits() throws Exception {
    setPriority(1, 10);
    CountDownLatch got = new CountDownLatch(1);
    List<List<StoreEvent>> seen = new CopyOnWriteArrayList<>();
    store.subscribe(
        Domain.VRRP,
        "late",
        events -> {
          seen.add(events);
          got.countDown();
        });

    setPriority(1, 10); // no change: no event
    setPriority(1, 20);

    assertThat(got.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    store.close(); // drains: anything else queued would now be in seen
    assertThat(seen).singleElement().satisfies(b -> assertThat(b).hasSize(1));
    assertThat(seen.get(0).get(0).configBefore(instances).orElseThrow().priority()).isEqualTo(10);
  }

  @Test
  void aThrowingListenerIsReportedAndDoesNotStopOthers() throws Exception {
    int commits = 50;
    CountDownLatch healthy = new CountDownLatch(commits);
    store.subscribe(
        Domain.VRRP,
        "broken",
        events -> {
          throw new IllegalStateException("listener bug");
        });
    store.subscribe(Domain.VRRP, "healthy", events -> healthy.countDown());

    for (int i = 1; i <= commits; i++) {
      setPriority(1, i);
    }

    assertThat(healthy.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(awaitTrue(() -> stats("broken").delivered() == commits, WAIT)).isTrue();
    assertThat(stats("broken").failed()).isEqualTo(commits);
    assertThat(stats("healthy").failed()).isZero();
  }

  @Test
  void aSlowListenerDelaysNeitherOthersNorCommitAndIsReported() throws Exception {
    int commits = 20;
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch fast = new CountDownLatch(commits);
    List<Integer> slowSeen = new CopyOnWriteArrayList<>();
    store.subscribe(
        Domain.VRRP,
        "slow",
        events -> {
          try {
            release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          slowSeen.add(events.get(0).configAfter(instances).orElseThrow().priority());
        });
    store.subscribe(Domain.VRRP, "fast", events -> fast.countDown());

    for (int i = 1; i <= commits; i++) {
      setPriority(1, i); // returns although "slow" is blocked on its first batch
    }

    try {
      assertThat(fast.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      assertThat(slowSeen).isEmpty();
      // The watchdog reports the stuck delivery while it is still stuck.
      assertThat(awaitTrue(() -> stats("slow").slow() >= 1, WAIT)).isTrue();
      assertThat(stats("slow").pending()).isEqualTo(commits - 1);
      assertThat(stats("fast").slow()).isZero();
    } finally {
      release.countDown();
    }
    assertThat(awaitTrue(() -> slowSeen.size() == commits, WAIT)).isTrue();
    assertThat(slowSeen).isSorted();
    assertThat(stats("slow").slow()).isPositive();
    assertThat(stats("slow").longest()).isGreaterThan(SLOW);
  }

  @Test
  void closeDeliversEverythingAlreadyCommittedThenStopsTheThreads() {
    int commits = 500;
    List<Integer> seen = new CopyOnWriteArrayList<>();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    store.subscribe(
        Domain.VRRP,
        "drain",
        events -> {
          threads.add(Thread.currentThread());
          seen.add(events.get(0).configAfter(instances).orElseThrow().priority());
        });

    for (int i = 1; i <= commits; i++) {
      setPriority(1, i);
    }
    store.close();

    assertThat(seen).hasSize(commits).isSorted();
    assertThat(threads.get(0).isAlive()).isFalse();
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("store-vrrp-drain")))
        .isEmpty();
  }

  @Test
  void aClosedSubscriptionReceivesNothingMore() throws Exception {
    List<List<StoreEvent>> seen = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    ObjectStore.Subscription sub =
        store.subscribe(
            Domain.VRRP,
            "once",
            events -> {
              seen.add(events);
              first.countDown();
            });
    setPriority(1, 1);
    assertThat(first.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    sub.close();
    setPriority(1, 2);
    store.close();

    assertThat(seen).hasSize(1);
    assertThat(store.listenerStats()).isEmpty();
  }

  private ListenerStats stats(String name) {
    return store.listenerStats().stream()
        .filter(s -> s.listenerName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A listener that says which events it wants gets only those, in commit order, and is not
   * woken at all for a transaction without one (an idle backup's counter-only publications), while
   * a listener that wants everything still gets every batch whole.
   */
  @Test
  void aListenerGetsOnlyTheEventsItWantsAndNoBatchWithoutOne() throws Exception {
    List<List<StoreEvent>> configs = new CopyOnWriteArrayList<>();
    List<List<StoreEvent>> all = new CopyOnWriteArrayList<>();
    store.subscribe(Domain.VRRP, "configs", e -> e.part() == Part.CONFIG, configs::add);
    store.subscribe(Domain.VRRP, "all", all::add);

    store.begin(Origin.ENGINE).putState(instances, idx(1), new InstanceState("BACKUP", 1)).commit();
    List<StoreEvent> mixed = store.begin(Origin.SNMP_SET)
        .putState(instances, idx(1), new InstanceState("BACKUP", 2))
        .putConfig(instances, idx(1), new InstanceConfig("VI_1", 100))
        .putState(instances, idx(2), new InstanceState("MASTER", 0))
        .putConfig(instances, idx(2), new InstanceConfig("VI_2", 50))
        .commit();
    store.begin(Origin.ENGINE).putState(instances, idx(1), new InstanceState("BACKUP", 3)).commit();
    setPriority(3, 7);

    assertThat(awaitTrue(() -> all.size() == 4 && configs.size() == 2, WAIT)).isTrue();
    assertThat(configs.get(0)).containsExactlyElementsOf(
        mixed.stream().filter(e -> e.part() == Part.CONFIG).toList());
    assertThat(configs.get(1)).singleElement()
        .satisfies(e -> assertThat(e.index()).isEqualTo(idx(3)));
    assertThat(all.get(1)).isEqualTo(mixed);
    assertThat(store.listenerStats()).filteredOn(st -> st.listenerName().equals("configs"))
        .singleElement().satisfies(st -> assertThat(st.delivered()).isEqualTo(2));
  }

  /** The domain's dispatch runs on the committing thread: no forwarding thread per domain. */
  @Test
  void aDomainHasNoThreadOfItsOwnBesidesItsListeners() throws Exception {
    CountDownLatch got = new CountDownLatch(1);
    store.subscribe(Domain.VRRP, "one", events -> got.countDown());
    setPriority(1, 1);
    assertThat(got.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
        .filter(n -> n.startsWith("store-vrrp"))).containsExactly("store-vrrp-one");
  }

  /** A filter that throws fails neither the commit nor the other listeners: the event goes out. */
  @Test
  void aThrowingFilterDeliversTheEventAndTheCommitSucceeds() throws Exception {
    List<List<StoreEvent>> seen = new CopyOnWriteArrayList<>();
    List<List<StoreEvent>> others = new CopyOnWriteArrayList<>();
    store.subscribe(Domain.VRRP, "broken", e -> {
      throw new IllegalStateException("filter bug");
    }, seen::add);
    store.subscribe(Domain.VRRP, "other", others::add);
    setPriority(1, 5);
    assertThat(awaitTrue(() -> seen.size() == 1 && others.size() == 1, WAIT)).isTrue();
    assertThat(store.snapshot().config(instances, idx(1))).hasValue(new InstanceConfig("VI", 5));
    assertThat(store.listenerStats()).filteredOn(st -> st.listenerName().equals("broken"))
        .singleElement().satisfies(st -> assertThat(st.failed()).isEqualTo(1));
  }
}

package org.jkeepalived.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.Part;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.TableId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreFollowerTest {
  private static final TableId<String, String> SERVERS =
      new TableId<>("testServerTable", Domain.CHECK, String.class, String.class);
  private static final TableId<String, String> OTHER =
      new TableId<>("testOtherTable", Domain.BFD, String.class, String.class);

  private final ObjectStore store = new DefaultObjectStore();
  /** The engine's loop, run by hand: what the follower hands over waits here. */
  private final BlockingQueue<Runnable> loop = new LinkedBlockingQueue<>();
  private final List<List<StoreEvent>> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    store.close();
  }

  private void runNextLoopTask() throws InterruptedException {
    Runnable task = loop.poll(5, TimeUnit.SECONDS);
    assertThat(task).as("a batch handed to the loop").isNotNull();
    task.run();
  }

  @Test
  void eachBatchOfItsDomainRunsOnTheLoopInCommitOrder() throws Exception {
    try (StoreFollower f = StoreFollower.follow(store, Domain.CHECK, "test", loop::add, seen::add)) {
      store.begin(Origin.CONFIG_LOAD).putConfig(OTHER, Index.of(9), "bfd").commit();
      store.begin(Origin.CONFIG_LOAD).putConfig(SERVERS, Index.of(1), "a")
          .putConfig(SERVERS, Index.of(2), "b").commit();
      store.begin(Origin.RELOAD).putConfig(SERVERS, Index.of(1), "a2").commit();
      runNextLoopTask();
      assertThat(seen).hasSize(1); // nothing ran on the store's thread
      runNextLoopTask();
      assertThat(seen).hasSize(2);
      assertThat(seen.get(0)).extracting(StoreEvent::index).containsExactly(Index.of(1), Index.of(2));
      assertThat(seen.get(1)).extracting(StoreEvent::after).containsExactly("a2");
    }
  }

  @Test
  void aFilterDropsIrrelevantEventsAndEmptyBatches() throws Exception {
    try (StoreFollower f = StoreFollower.follow(store, Domain.CHECK, "test", loop::add,
        e -> e.part() == Part.CONFIG, seen::add)) {
      store.begin(Origin.ENGINE).putState(SERVERS, Index.of(1), "up").commit(); // our own state
      store.begin(Origin.CONFIG_LOAD).putConfig(SERVERS, Index.of(1), "a")
          .commit();
      runNextLoopTask();
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0)).extracting(StoreEvent::part).containsExactly(Part.CONFIG);
      assertThat(loop).isEmpty();
    }
  }

  @Test
  void nothingFollowsAfterClose() throws Exception {
    StoreFollower f = StoreFollower.follow(store, Domain.CHECK, "test", loop::add, seen::add);
    f.close();
    f.close(); // idempotent
    store.begin(Origin.CONFIG_LOAD).putConfig(SERVERS, Index.of(1), "a").commit();
    // a later subscriber sees the next commit, so the first commit's delivery is over by then
    try (StoreFollower g = StoreFollower.follow(store, Domain.CHECK, "probe", loop::add, e -> { })) {
      store.begin(Origin.RELOAD).putConfig(SERVERS, Index.of(1), "b").commit();
      runNextLoopTask();
      assertThat(loop).isEmpty();
      assertThat(seen).isEmpty();
    }
  }
}

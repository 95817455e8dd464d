package org.jkeepalived.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.mibs.store.DefaultObjectStore;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.TableId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatePublisherTest {
  record Session(String state, long received) {}

  private static final TableId<String, Session> SESSIONS =
      new TableId<>("testSessionTable", Domain.BFD, String.class, Session.class);
  private static final Duration DELAY = Duration.ofMillis(500);
  private static final Index ONE = Index.of(1);
  private static final Index TWO = Index.of(2);

  private final ObjectStore store = new DefaultObjectStore();
  private final FakeScheduler loop = new FakeScheduler(Instant.parse("2024-01-01T00:00:00Z"));
  private final Map<Index, Session> rows = new LinkedHashMap<>();
  private final List<String> after = new ArrayList<>();
  private final StatePublisher publisher = new StatePublisher("BFD", store, loop, DELAY)
      .table(SESSIONS, rows::forEach)
      .alsoPublish(() -> after.add("published"));

  @AfterEach
  void close() {
    store.close();
  }

  private Session published(Index i) {
    return store.snapshot().state(SESSIONS, i).orElse(null);
  }

  @Test
  void stateChangesGoOutOnTheNextTurnInOneCommit() {
    rows.put(ONE, new Session("up", 0));
    rows.put(TWO, new Session("down", 0));
    long before = store.snapshot().version();
    publisher.markDirty();
    publisher.markDirty();
    assertThat(published(ONE)).isNull(); // not before the loop turns
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("up", 0));
    assertThat(published(TWO)).isEqualTo(new Session("down", 0));
    assertThat(store.snapshot().version()).isEqualTo(before + 1);
    assertThat(after).containsExactly("published");
  }

  @Test
  void onlyChangedRowsAreCommittedAndNothingWhenNothingChanged() {
    rows.put(ONE, new Session("up", 0));
    rows.put(TWO, new Session("down", 0));
    publisher.publish();
    long v = store.snapshot().version();
    publisher.publish();
    assertThat(store.snapshot().version()).isEqualTo(v);
    // an operator's state put is not overwritten by an unchanged row
    store.begin(Origin.ENGINE).putState(SESSIONS, TWO, new Session("other", 9)).commit();
    rows.put(ONE, new Session("init", 0));
    publisher.publish();
    assertThat(published(ONE)).isEqualTo(new Session("init", 0));
    assertThat(published(TWO)).isEqualTo(new Session("other", 9));
  }

  @Test
  void countersWaitForTheDelayAndAStateChangeTakesThemAlong() {
    rows.put(ONE, new Session("up", 0));
    publisher.publish();
    rows.put(ONE, new Session("up", 1));
    publisher.markCountersDirty();
    loop.advanceBy(DELAY.minusMillis(1));
    assertThat(published(ONE)).isEqualTo(new Session("up", 0));
    loop.advanceBy(Duration.ofMillis(1));
    assertThat(published(ONE)).isEqualTo(new Session("up", 1));

    rows.put(ONE, new Session("up", 2));
    publisher.markCountersDirty();
    publisher.markCountersDirty(); // one batch however many counts
    rows.put(ONE, new Session("down", 3));
    publisher.markDirty();
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("down", 3));
    loop.advanceBy(DELAY);
    // the first publish and the state change; the counter batches leave the others out
    assertThat(after).hasSize(2);
  }

  /**
   * A backup counting its master's adverts publishes its rows within the delay, but not the
   * engine's other publishers (VRRP's groups, routes and address states): they hold no counters.
   */
  @Test
  void aCounterOnlyBatchDoesNotRunTheOtherPublishers() {
    rows.put(ONE, new Session("up", 0));
    publisher.publish();
    assertThat(after).containsExactly("published");
    for (int n = 1; n <= 3; n++) {
      loop.advanceBy(DELAY);
      rows.put(ONE, new Session("up", n));
      publisher.markCountersDirty();
      loop.advanceBy(DELAY);
      assertThat(published(ONE)).isEqualTo(new Session("up", n));
    }
    assertThat(after).containsExactly("published");
    rows.put(ONE, new Session("down", 4));
    publisher.markDirty();
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("down", 4));
    assertThat(after).containsExactly("published", "published");
  }

  /**
   * A counter that changes after a whole delay without a publish (an idle backup's one advert a
   * second) goes out on the loop's next turn, with no timer of its own; counts that follow within
   * the delay still wait for it, one commit per delay.
   */
  @Test
  void aCounterAfterAQuietDelayGoesOutOnTheNextTurn() {
    rows.put(ONE, new Session("up", 1));
    publisher.markCountersDirty(); // nothing published yet
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("up", 1));

    loop.advanceBy(Duration.ofSeconds(1));
    rows.put(ONE, new Session("up", 2));
    publisher.markCountersDirty();
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("up", 2));

    loop.advanceBy(DELAY.dividedBy(5));
    rows.put(ONE, new Session("up", 3));
    publisher.markCountersDirty();
    loop.runPending();
    assertThat(published(ONE)).isEqualTo(new Session("up", 2));
    loop.advanceBy(DELAY.minus(DELAY.dividedBy(5)));
    assertThat(published(ONE)).isEqualTo(new Session("up", 3));
  }

  @Test
  void aStoppedPublisherDropsItsPendingCounterBatch() {
    rows.put(ONE, new Session("up", 1));
    publisher.markCountersDirty(); // on the next turn: nothing was published yet
    publisher.stop();
    loop.advanceBy(DELAY);
    assertThat(published(ONE)).isNull();
    publisher.publish(); // the engine's explicit last publish still goes out
    assertThat(published(ONE)).isEqualTo(new Session("up", 1));
  }

  @Test
  void aForgottenRowIsPublishedAgainEvenIfEqual() {
    rows.put(ONE, new Session("up", 1));
    publisher.publish();
    store.begin(Origin.ENGINE).removeState(SESSIONS, ONE).commit();
    publisher.publish();
    assertThat(published(ONE)).isNull(); // it believes the row is still there
    publisher.forget(SESSIONS, ONE);
    publisher.publish();
    assertThat(published(ONE)).isEqualTo(new Session("up", 1));
  }
}

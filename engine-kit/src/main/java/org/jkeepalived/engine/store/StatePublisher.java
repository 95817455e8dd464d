package org.jkeepalived.engine.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an engine's state rows into the store, only those that changed since the last publish, in
 * one {@link Origin#ENGINE} transaction. The engine says when something changed: {@link
 * #markDirty()} for a state change (published on the loop's next turn, so one burst of changes is
 * one commit), {@link #markCountersDirty()} for a counter (published within the counter delay).
 *
 * <p>Why counters wait: publishing each received VRRP advert's count was 70 % of a 500-instance
 * backup's allocation (a row snapshot, a store commit and the RFC views per advert), and the GC it
 * caused let backups at advert_int 0.1 miss their master (bench/scale). An NMS polling counters
 * sees them at most that late; a state change is never delayed, and it takes the counters along.
 *
 * <p>Runs on the engine's loop only, like everything else of the engine.
 */
public final class StatePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(StatePublisher.class);

  /** Walks an engine's current state rows, one call per row (no map is built per publish). */
  @FunctionalInterface
  public interface Rows<S> {
    void forEach(BiConsumer<Index, S> row);
  }

  private final String name;
  private final ObjectStore store;
  private final Scheduler loop;
  private final Duration counterDelay;
  private final List<Table<?>> tables = new ArrayList<>();
  private final List<Runnable> alsoPublish = new ArrayList<>();
  private boolean pending;
  private boolean countersPending;
  /** When the last publish ran (null before the first). */
  private Instant lastPublish;
  private boolean stopped;

  /**
   * @param name the engine, for the log line of a failed commit ("VRRP")
   * @param counterDelay how late a counter may reach the store
   */
  public StatePublisher(String name, ObjectStore store, Scheduler loop, Duration counterDelay) {
    this.name = Objects.requireNonNull(name);
    this.store = Objects.requireNonNull(store);
    this.loop = Objects.requireNonNull(loop);
    this.counterDelay = Objects.requireNonNull(counterDelay);
  }

  /** Publishes the state part of {@code table} from {@code rows}. Call before the first publish. */
  public <S> StatePublisher table(TableId<?, S> table, Rows<S> rows) {
    tables.add(new Table<>(table, rows));
    return this;
  }

  /**
   * Runs {@code publisher} after every state publish: the engine's other publishers (VRRP's sync
   * groups, routes and address states) go out at the same moments as its state changes. A
   * counter-only batch leaves them out: they hold no counters, and walking them twice a second
   * for a backup that only counts its master's adverts was work for nothing (issue 15).
   */
  public StatePublisher alsoPublish(Runnable publisher) {
    alsoPublish.add(Objects.requireNonNull(publisher));
    return this;
  }

  /** A state changed: publishes on the loop's next turn, once however often it is called. */
  public void markDirty() {
    if (!pending) {
      pending = true;
      loop.execute(this::publish);
    }
  }

  /**
   * A counter changed: publishes within the counter delay unless a publish is already due. When
   * nothing was published for a whole delay (an idle backup hearing one advert a second), that is
   * on the loop's next turn, while the loop is awake anyway: a timer of its own would wake the
   * loop once more per advert. Otherwise when the delay since the last publish is up, so a busy
   * engine still commits its counters at most once per delay.
   */
  public void markCountersDirty() {
    if (pending || countersPending) {
      return;
    }
    Duration wait = lastPublish == null ? Duration.ZERO
        : counterDelay.minus(Duration.between(lastPublish, loop.now()));
    countersPending = true;
    Runnable batch = () -> {
      countersPending = false;
      if (!stopped) {
        lastPublish = loop.now();
        publishRows();
      }
    };
    if (wait.isNegative() || wait.isZero()) {
      loop.execute(batch);
    } else {
      loop.schedule(wait, batch);
    }
  }

  /**
   * Publishes now: every row unequal to the one last published, in one transaction, then the
   * {@link #alsoPublish} publishers.
   */
  public void publish() {
    pending = false;
    lastPublish = loop.now();
    publishRows();
    alsoPublish.forEach(Runnable::run);
  }

  /** Commits every row unequal to the one last published, in one transaction. */
  private void publishRows() {
    Transaction tx = null;
    for (Table<?> t : tables) {
      tx = t.collect(store, tx);
    }
    if (tx != null) {
      try {
        tx.commit();
      } catch (RuntimeException e) {
        LOG.warn("publishing {} state failed: {}", name, e.getMessage());
      }
    }
  }

  /**
   * Forgets what was published for a row the engine removes itself: the next row under that
   * index is published even if it equals the last one.
   */
  public void forget(TableId<?, ?> table, Index index) {
    tables.stream().filter(t -> t.id == table).forEach(t -> t.published.remove(index));
  }

  /**
   * The engine is stopping: a pending counter batch publishes nothing (the engine's last publish
   * is an explicit {@link #publish()}).
   */
  public void stop() {
    stopped = true;
  }

  /** One table's rows and what of them was last published. */
  private static final class Table<S> {
    final TableId<?, S> id;
    final Rows<S> rows;
    final Map<Index, S> published = new HashMap<>();

    Table(TableId<?, S> id, Rows<S> rows) {
      this.id = Objects.requireNonNull(id);
      this.rows = Objects.requireNonNull(rows);
    }

    /** Adds the changed rows to {@code open} (begun on the first change); returns it. */
    Transaction collect(ObjectStore store, Transaction open) {
      Transaction[] tx = {open};
      rows.forEach((index, s) -> {
        if (!s.equals(published.get(index))) {
          published.put(index, s);
          tx[0] = tx[0] == null ? store.begin(Origin.ENGINE) : tx[0];
          tx[0].putState(id, index, s);
        }
      });
      return tx[0];
    }
  }
}

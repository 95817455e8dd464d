package org.jkeepalived.mibs.store;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The in-memory object store. The whole store is one immutable {@link StoreRoot}; a commit builds
 * the next root (O(log n) per changed row, sharing everything else) and swaps it in, so a
 * {@link #snapshot()} is a lock-free volatile read that never changes afterwards.
 *
 * <p>Writers are serialized by one lock: commit resolves the transaction against the then-current
 * root, re-validates it, applies it and queues its events, all under that lock. Phase one
 * ({@link Transaction#validate()}) runs without it, against the root current at that moment, so a
 * refusal in phase one or in commit leaves the store untouched; commit cannot partly apply.
 *
 * <p>Events go out per domain on ordered loops ({@link EventDispatcher}); commit only queues them.
 */
public final class DefaultObjectStore implements ObjectStore {
  public static final Duration DEFAULT_SLOW_LISTENER_THRESHOLD = Duration.ofMillis(100);
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final ReentrantLock writerLock = new ReentrantLock();
  private final ValidatorRegistry validators = new ValidatorRegistry();
  private final EventDispatcher dispatcher;
  private final Duration closeTimeout;
  private volatile StoreRoot root = StoreRoot.EMPTY;
  private volatile boolean closed;

  /** A store that reports listeners slower than 100 ms and waits up to 5 s for them on close. */
  public DefaultObjectStore() {
    this(DEFAULT_SLOW_LISTENER_THRESHOLD, DEFAULT_CLOSE_TIMEOUT);
  }

  /**
   * @param slowListenerThreshold a delivery taking longer than this is logged and counted in
   *     {@link ListenerStats#slow()}
   * @param closeTimeout how long {@link #close()} waits for listeners to drain in all
   */
  public DefaultObjectStore(Duration slowListenerThreshold, Duration closeTimeout) {
    if (slowListenerThreshold.isNegative() || slowListenerThreshold.isZero()) {
      throw new IllegalArgumentException("slow listener threshold must be positive");
    }
    this.dispatcher = new EventDispatcher(writerLock, slowListenerThreshold);
    this.closeTimeout = Objects.requireNonNull(closeTimeout);
  }

  @Override
  public StoreSnapshot snapshot() {
    return root;
  }

  @Override
  public Transaction begin(Origin origin) {
    checkNotClosed();
    return new DefaultTransaction(this, Objects.requireNonNull(origin));
  }

  @Override
  public Registration addValidator(TableId<?, ?> table, Validator validator) {
    return validators.add(table, validator);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The listener receives every transaction committed after this returns, and none before: to
   * start from a consistent state, subscribe, then take a {@link #snapshot()} (events already
   * reflected in it may still arrive, never events missing from it).
   */
  @Override
  public Subscription subscribe(Domain domain, String listenerName,
      Predicate<StoreEvent> relevant, StoreListener listener) {
    writerLock.lock();
    try {
      checkNotClosed();
      return dispatcher.subscribe(domain, listenerName, relevant, listener);
    } finally {
      writerLock.unlock();
    }
  }

  /** How each current listener is doing: deliveries, failures, slow deliveries, backlog. */
  public List<ListenerStats> listenerStats() {
    return dispatcher.stats();
  }

  /** Phase one: resolves against the current root and asks the validators. */
  Optional<Refusal> validate(ChangeSet changes, Origin origin) {
    return validators.check(changes.resolve(root, origin));
  }

  /** Phase two: re-validates and applies atomically under the writer lock; queues the events. */
  List<StoreEvent> commit(ChangeSet changes, Origin origin) {
    writerLock.lock();
    try {
      checkNotClosed();
      StoreRoot base = root;
      List<StoreEvent> events = changes.resolve(base, origin);
      Optional<Refusal> refusal = validators.check(events);
      if (refusal.isPresent()) {
        throw new TransactionRefusedException(refusal.get());
      }
      if (events.isEmpty()) {
        return List.of();
      }
      root = base.apply(events);
      List<StoreEvent> result = List.copyOf(events);
      dispatcher.publish(result);
      return result;
    } finally {
      writerLock.unlock();
    }
  }

  private void checkNotClosed() {
    if (closed) {
      throw new IllegalStateException("object store is closed");
    }
  }

  /**
   * Refuses further transactions and subscriptions, delivers every event already committed, then
   * stops the dispatch threads, waiting at most the close timeout. Snapshots stay readable.
   */
  @Override
  public void close() {
    writerLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
    } finally {
      writerLock.unlock();
    }
    dispatcher.close(closeTimeout);
  }
}

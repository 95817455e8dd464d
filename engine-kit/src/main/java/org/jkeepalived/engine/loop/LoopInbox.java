package org.jkeepalived.engine.loop;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Items on their way from reader threads to an engine's loop, handed over in batches: one loop
 * task drains what queued meanwhile, where a task per item cost the loop a wake-up and a queue
 * insertion each (VRRP adverts arrive in bursts per link; BFD packets at 40,000 a second with
 * 1,000 sessions at 50 ms). A batch may be bounded so that timers due meanwhile run between two
 * batches, and the inbox may be bounded so that a flood is dropped by the reader rather than
 * queued without end.
 *
 * @param <T> what the readers hand over
 */
public final class LoopInbox<T> {
  private final Scheduler loop;
  private final int capacity;
  private final int batch;
  private final Consumer<T> handler;
  private final Queue<T> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean drainPending = new AtomicBoolean();

  /**
   * An inbox whose items {@code handler} gets on {@code loop}, in arrival order, at most {@code
   * batch} per loop task, with at most {@code capacity} waiting.
   */
  public LoopInbox(Scheduler loop, int capacity, int batch, Consumer<T> handler) {
    if (capacity < 1 || batch < 1) {
      throw new IllegalArgumentException("capacity and batch must be positive");
    }
    this.loop = Objects.requireNonNull(loop);
    this.capacity = capacity;
    this.batch = batch;
    this.handler = Objects.requireNonNull(handler);
  }

  /** From a reader: queues {@code item}; false (dropped) while the loop is that far behind. */
  public boolean offer(T item) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return false;
    }
    items.add(item);
    if (drainPending.compareAndSet(false, true)) {
      loop.execute(this::drain);
    }
    return true;
  }

  /** Whether nothing waits (any thread). */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * On the loop: hands over everything waiting now, outside the batches (an engine that must see
   * what already arrived before it acts on a timer); the drain tasks asked for find less or none.
   */
  public void drainAll() {
    T item;
    while ((item = items.poll()) != null) {
      size.decrementAndGet();
      handler.accept(item);
    }
  }

  /** On the loop: hands over one batch, and asks for another task if more wait. */
  private void drain() {
    drainPending.set(false); // an item offered from now on asks for its own drain
    for (int i = 0; i < batch; i++) {
      T item = items.poll();
      if (item == null) {
        return;
      }
      size.decrementAndGet();
      handler.accept(item);
    }
    if (!items.isEmpty() && drainPending.compareAndSet(false, true)) {
      loop.execute(this::drain);
    }
  }
}

package org.jkeepalived.bfd.service;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.udp.UdpDatagram;

/**
 * Received datagrams on their way from the reader threads to the loop, handed over in batches:
 * one loop task drains up to {@link #BATCH} of them, where a task per datagram cost the loop a
 * wake-up and a queue insertion each (40,000 a second with 1,000 sessions at 50 ms). A batch is
 * bounded so that a transmit timer due meanwhile runs between two batches; beyond {@link
 * #capacity} waiting datagrams a flood is dropped by the reader.
 */
final class ReceiveQueue {
  /** At most this many datagrams per loop task. */
  static final int BATCH = 64;

  private record Item(UdpDatagram datagram, int port) {}

  private final Scheduler loop;
  private final int capacity;
  private final BiConsumer<UdpDatagram, Integer> handler;
  private final Queue<Item> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean drainPending = new AtomicBoolean();

  /** {@code handler} gets each datagram and the port it came to, on the loop. */
  ReceiveQueue(Scheduler loop, int capacity, BiConsumer<UdpDatagram, Integer> handler) {
    this.loop = loop;
    this.capacity = capacity;
    this.handler = handler;
  }

  /** From a reader: queues the datagram; false (dropped) while the loop is that far behind. */
  boolean offer(UdpDatagram d, int port) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return false;
    }
    items.add(new Item(d, port));
    if (drainPending.compareAndSet(false, true)) {
      loop.execute(this::drain);
    }
    return true;
  }

  /** On the loop: hands over one batch, and asks for another task if more wait. */
  private void drain() {
    drainPending.set(false); // a datagram offered from now on asks for its own drain
    for (int i = 0; i < BATCH; i++) {
      Item it = items.poll();
      if (it == null) {
        return;
      }
      size.decrementAndGet();
      handler.accept(it.datagram(), it.port());
    }
    if (!items.isEmpty() && drainPending.compareAndSet(false, true)) {
      loop.execute(this::drain);
    }
  }
}

package org.jkeepalived.bfd.service;

import java.util.function.BiConsumer;
import org.jkeepalived.engine.loop.LoopInbox;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.udp.UdpDatagram;

/**
 * Received datagrams on their way from the reader threads to the loop ({@link LoopInbox}): one
 * loop task drains up to {@link #BATCH} of them, so that a transmit timer due meanwhile runs
 * between two batches; beyond the capacity waiting datagrams a flood is dropped by the reader.
 */
final class ReceiveQueue {
  /** At most this many datagrams per loop task. */
  static final int BATCH = 64;

  private record Item(UdpDatagram datagram, int port) {}

  private final LoopInbox<Item> inbox;

  /** {@code handler} gets each datagram and the port it came to, on the loop. */
  ReceiveQueue(Scheduler loop, int capacity, BiConsumer<UdpDatagram, Integer> handler) {
    this.inbox = new LoopInbox<>(loop, capacity, BATCH, it -> handler.accept(it.datagram(),
        it.port()));
  }

  /** From a reader: queues the datagram; false (dropped) while the loop is that far behind. */
  boolean offer(UdpDatagram d, int port) {
    return inbox.offer(new Item(d, port));
  }
}

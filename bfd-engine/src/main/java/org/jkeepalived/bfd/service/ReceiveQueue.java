package org.jkeepalived.bfd.service;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;
import org.jkeepalived.engine.loop.LoopInbox;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.udp.UdpDatagram;

/**
 * Received datagrams on their way from the reader threads to the loop ({@link LoopInbox}): one
 * loop task drains up to {@link #BATCH} of them, so that a transmit timer due meanwhile runs
 * between two batches; beyond the capacity waiting datagrams a flood is dropped by the reader.
 *
 * <p>Two lanes, each with its capacity: datagrams whose Your Discriminator (RFC 5880 section
 * 4.1, bytes 8-11) names a running session, and all the others. A flood of garbage, or of
 * packets for no session, fills only the second: with one lane it dropped the peer's packets as
 * often as the flood's once the loop fell behind (a loaded host), and three in a row took an Up
 * session Down. The lane is a routing hint read from the bytes; every check of section 6.8.6
 * still runs on the loop.
 */
final class ReceiveQueue {
  /** At most this many datagrams per loop task. */
  static final int BATCH = 64;
  /** RFC 5880 section 4.1: the mandatory section's length; Your Discriminator is its bytes 8-11. */
  private static final int MANDATORY = 24;

  private record Item(UdpDatagram datagram, int port) {}

  private final LoopInbox<Item> sessions;
  private final LoopInbox<Item> others;
  private final LongPredicate running;
  private final AtomicLong dropped = new AtomicLong();

  /**
   * {@code handler} gets each datagram and the port it came to, on the loop; {@code running}
   * tells, on a reader's thread, whether a discriminator is a running session's; at most
   * {@code sessionCapacity} datagrams for running sessions and {@code otherCapacity} others wait.
   */
  ReceiveQueue(Scheduler loop, int sessionCapacity, int otherCapacity, LongPredicate running,
      BiConsumer<UdpDatagram, Integer> handler) {
    this.running = running;
    this.sessions = new LoopInbox<>(loop, sessionCapacity, BATCH,
        it -> handler.accept(it.datagram(), it.port()));
    this.others = new LoopInbox<>(loop, otherCapacity, BATCH,
        it -> handler.accept(it.datagram(), it.port()));
  }

  /** From a reader: queues the datagram; false (dropped, counted) while the loop is behind. */
  boolean offer(UdpDatagram d, int port) {
    long your = yourDiscriminator(d.payload());
    boolean queued = (your != 0 && running.test(your) ? sessions : others)
        .offer(new Item(d, port));
    if (!queued) {
      dropped.incrementAndGet();
    }
    return queued;
  }

  /** Whether datagrams for running sessions wait for the loop. */
  boolean sessionsPending() {
    return !sessions.isEmpty();
  }

  /** On the loop: hands over every datagram for a running session waiting now. */
  void drainSessions() {
    sessions.drainAll();
  }

  /** The datagrams dropped since the last call (the loop logs them). */
  long takeDropped() {
    return dropped.get() == 0 ? 0 : dropped.getAndSet(0);
  }

  /** Your Discriminator of a version 1 packet long enough to have one, else 0. */
  static long yourDiscriminator(byte[] p) {
    if (p.length < MANDATORY || (p[0] & 0xff) >>> 5 != 1) {
      return 0;
    }
    return ((p[8] & 0xffL) << 24) | ((p[9] & 0xffL) << 16) | ((p[10] & 0xffL) << 8)
        | (p[11] & 0xffL);
  }
}

package org.jkeepalived.bfd.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.udp.UdpDatagram;
import org.junit.jupiter.api.Test;

/** The reader-to-loop hand-over: batches in order, timers between batches, a bounded backlog. */
class ReceiveQueueTest {
  private final FakeScheduler loop = new FakeScheduler(Instant.parse("2026-12-07T00:00:00Z"));
  private final List<Integer> handled = new ArrayList<>();

  private static UdpDatagram datagram(int n) throws Exception {
    return new UdpDatagram(new byte[] {(byte) n}, InetAddress.getByName("198.18.0.2"), 49152,
        InetAddress.getByName("198.18.0.1"), 255, 1);
  }

  private ReceiveQueue queue(int capacity) {
    return new ReceiveQueue(loop, capacity, capacity, discr -> discr == LIVE,
        (d, port) -> handled.add(ReceiveQueue.yourDiscriminator(d.payload()) == LIVE ? SESSION
            : d.payload()[0] & 0xff));
  }

  /** A running session's local discriminator. */
  private static final long LIVE = 0xCAFE0001L;
  /** What the handler records for a packet to the running session. */
  private static final int SESSION = 1000;

  /** A version 1 control packet (RFC 5880 section 4.1) whose Your Discriminator is {@code your}. */
  private static UdpDatagram control(long your) throws Exception {
    byte[] p = java.nio.ByteBuffer.allocate(24).put((byte) 0x20).put((byte) 0xc0).put((byte) 3)
        .put((byte) 24).putInt(0x1234).putInt((int) your).putInt(50_000).putInt(50_000)
        .putInt(0).array();
    return new UdpDatagram(p, InetAddress.getByName("198.18.0.2"), 49152,
        InetAddress.getByName("198.18.0.1"), 255, 1);
  }

  @Test
  void datagramsReachTheLoopInOrderInBatchesWithATimerRunningBetweenThem() throws Exception {
    ReceiveQueue q = queue(1024);
    for (int i = 0; i < 150; i++) {
      assertThat(q.offer(datagram(i), 3784)).isTrue();
    }
    // a transmit timer due now, armed after the datagrams came: it runs after the first batch
    loop.schedule(Duration.ZERO, () -> handled.add(-1));
    loop.runPending();
    assertThat(handled).hasSize(151);
    assertThat(handled.indexOf(-1)).isEqualTo(ReceiveQueue.BATCH);
    assertThat(handled.stream().filter(n -> n >= 0).toList())
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 150).boxed().toList());
  }

  @Test
  void beyondTheCapacityTheReaderDropsUntilTheLoopCatchesUp() throws Exception {
    ReceiveQueue q = queue(100);
    int accepted = 0;
    for (int i = 0; i < 250; i++) {
      accepted += q.offer(datagram(i), 3784) ? 1 : 0;
    }
    assertThat(accepted).isEqualTo(100);
    loop.runPending();
    assertThat(handled).hasSize(100);
    assertThat(q.offer(datagram(7), 4784)).isTrue(); // drained: room again
    loop.runPending();
    assertThat(handled).hasSize(101).endsWith(7);
  }

  @Test
  void aFloodThatFillsTheQueueLeavesRoomForTheSessionsOwnPackets() throws Exception {
    ReceiveQueue q = queue(100);
    for (int i = 0; i < 250; i++) {
      q.offer(datagram(i % 200), 3784); // garbage
      q.offer(control(i % 7), 3784); // well formed, for no running session
    }
    // the loop is behind (nothing drained yet) and the peer's packets still get in
    assertThat(q.offer(control(LIVE), 3784)).isTrue();
    assertThat(q.offer(control(LIVE), 3784)).isTrue();
    assertThat(q.takeDropped()).isEqualTo(400);
    assertThat(q.takeDropped()).isZero();
    loop.runPending();
    assertThat(handled).hasSize(102);
    assertThat(handled.stream().filter(n -> n == SESSION)).hasSize(2);
  }

  @Test
  void yourDiscriminatorIsReadOnlyFromAVersion1PacketLongEnoughToHaveOne() throws Exception {
    assertThat(ReceiveQueue.yourDiscriminator(control(LIVE).payload())).isEqualTo(LIVE);
    assertThat(ReceiveQueue.yourDiscriminator(control(0xFFFF_FFFFL).payload()))
        .isEqualTo(0xFFFF_FFFFL);
    byte[] v2 = control(LIVE).payload();
    v2[0] = 0x40;
    assertThat(ReceiveQueue.yourDiscriminator(v2)).isZero();
    assertThat(ReceiveQueue.yourDiscriminator(java.util.Arrays.copyOf(control(LIVE).payload(),
        23))).isZero();
  }
}

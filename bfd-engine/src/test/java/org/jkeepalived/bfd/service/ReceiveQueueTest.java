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
    return new ReceiveQueue(loop, capacity, (d, port) -> handled.add(d.payload()[0] & 0xff));
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
}

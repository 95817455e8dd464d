package org.jkeepalived.vrrp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.junit.jupiter.api.Test;

class VrrpChannelTest {
  private final FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
  private final FakeLan lan = new FakeLan();

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  /**
   * A channel on eth0 for {@code mine}, joined to 224.0.0.18, started with the fake socket
   * delivering on the sender's thread, as a reader would.
   */
  private static VrrpChannel startOnTheLan(FakeRawIpSocket mine, Scheduler loop) throws Exception {
    mine.joinGroup(ip("224.0.0.18"));
    VrrpChannel channel = new VrrpChannel(new ChannelKey("eth0", false, mine.address()),
        mine, mine, loop);
    channel.start(new RawSocketProvider() {
      @Override
      public RawIpSocket open(RawSocketConfig c) {
        throw new UnsupportedOperationException();
      }

      @Override
      public AutoCloseable receive(RawIpSocket s, String name,
          java.util.function.Consumer<RawDatagram> sink) {
        ((FakeRawIpSocket) s).setReceiveListener(sink);
        return () -> { };
      }
    });
    return channel;
  }

  @Test
  void demultiplexesByVridOnTheLoopAndCountsUnknownVrids() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("198.18.1.1"), 112, 2);
    VrrpChannel channel = startOnTheLan(mine, loop);
    List<String> got = new ArrayList<>();
    VrrpSocket vrid7 = channel.socketFor(7);
    vrid7.onReceive((m, ctx) -> got.add("7 from " + ctx.source().getHostAddress() + " ttl "
        + ctx.ttl() + " proto " + ctx.protocol() + " to " + ctx.destination().getHostAddress()));
    FakeRawIpSocket peer = lan.attach(ip("198.18.1.2"), 112, 3);
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 7, 100, 0, 0, 100, 0, 0});
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 8, 100, 0, 0, 100, 0, 0});
    assertThat(got).isEmpty(); // handed to the loop, not run on the reader
    loop.advanceBy(Duration.ZERO);
    assertThat(got).containsExactly("7 from 198.18.1.2 ttl 255 proto 112 to 224.0.0.18");
    assertThat(channel.unknownVridDrops()).isEqualTo(1);
    vrid7.send(new byte[] {1, 2}, ip("224.0.0.18"));
    assertThat(mine.sent()).hasSize(1);
    channel.release(7);
    assertThat(channel.unused()).isTrue();
  }

  @Test
  void aDatagramHandedToTheLoopButNotRunYetIsPendingForEveryVrid() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("198.18.79.1"), 112, 2);
    VrrpChannel channel = startOnTheLan(mine, loop);
    VrrpSocket vrid7 = channel.socketFor(7);
    VrrpSocket vrid9 = channel.socketFor(9);
    List<String> got = new ArrayList<>();
    vrid7.onReceive((m, ctx) -> got.add("7"));
    vrid9.onReceive((m, ctx) -> got.add("9"));
    assertThat(vrid7.receivePending()).isFalse();
    lan.attach(ip("198.18.79.2"), 112, 3).send(ip("224.0.0.18"),
        new byte[] {0x31, 9, 100, 0, 0, 100, 0, 0});
    // VRID 9's advert waits on the loop: VRID 7 cannot know it is not its own until it is read
    assertThat(vrid7.receivePending()).isTrue();
    assertThat(vrid9.receivePending()).isTrue();
    loop.advanceBy(Duration.ZERO);
    assertThat(got).containsExactly("9");
    assertThat(vrid7.receivePending()).isFalse();
    assertThat(vrid9.receivePending()).isFalse();
  }

  /**
   * A burst the reader hands over before the loop runs is one loop task, delivered in arrival
   * order; a datagram after that drain queues the next.
   */
  @Test
  void aBurstOfDatagramsIsOneLoopTaskInArrivalOrder() throws Exception {
    int[] tasks = {0};
    Scheduler counting = new Scheduler() {
      @Override
      public Instant now() {
        return loop.now();
      }

      @Override
      public Cancellable schedule(Duration delay, Runnable task) {
        tasks[0]++;
        return loop.schedule(delay, task);
      }
    };
    FakeRawIpSocket mine = lan.attach(ip("198.18.79.1"), 112, 2);
    VrrpChannel channel = startOnTheLan(mine, counting);
    List<String> got = new ArrayList<>();
    for (int vrid = 1; vrid <= 3; vrid++) {
      int v = vrid;
      channel.socketFor(vrid).onReceive((m, ctx) -> got.add(v + ":" + m[2]));
    }
    FakeRawIpSocket peer = lan.attach(ip("198.18.79.2"), 112, 3);
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 2, 100, 0, 0, 100, 0, 0});
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 1, 101, 0, 0, 100, 0, 0});
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 3, 102, 0, 0, 100, 0, 0});
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 2, 103, 0, 0, 100, 0, 0});
    assertThat(tasks[0]).isEqualTo(1);
    assertThat(channel.socketFor(1).receivePending()).isTrue();
    loop.advanceBy(Duration.ZERO);
    assertThat(got).containsExactly("2:100", "1:101", "3:102", "2:103");
    assertThat(channel.socketFor(1).receivePending()).isFalse();
    peer.send(ip("224.0.0.18"), new byte[] {0x31, 3, 104, 0, 0, 100, 0, 0});
    assertThat(tasks[0]).isEqualTo(2);
    loop.advanceBy(Duration.ZERO);
    assertThat(got).endsWith("3:104");
  }
}

package org.jkeepalived.vrrp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.junit.jupiter.api.Test;

/** Adverts wait for a ready link; groups are joined again after a link change. */
class LinkReadinessChannelTest {
  private final FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
  private final FakeLan lan = new FakeLan();
  private final AtomicBoolean linkReady = new AtomicBoolean(false);

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private VrrpChannel channel(FakeRawIpSocket s) throws Exception {
    VrrpChannel c = new VrrpChannel(new ChannelKey("eth0", true, s.address()), s, s, loop);
    c.setReadiness((ifname, ipv6) -> ifname.equals("eth0") && ipv6 && linkReady.get());
    c.join(ip("ff02::12"));
    c.start(new RawSocketProvider() {
      @Override
      public RawIpSocket open(RawSocketConfig config) {
        throw new UnsupportedOperationException();
      }

      @Override
      public AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
        ((FakeRawIpSocket) socket).setReceiveListener(sink);
        return () -> { };
      }
    });
    return c;
  }

  @Test
  void advertsAreHeldUntilTheLinkIsReady() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("fe80::1"), 112, 2);
    VrrpSocket s = channel(mine).socketFor(9);
    s.send(new byte[] {0x31, 9}, ip("ff02::12"));
    assertThat(mine.sent()).isEmpty();
    linkReady.set(true);
    s.send(new byte[] {0x31, 9}, ip("ff02::12"));
    assertThat(mine.sent()).hasSize(1);
  }

  @Test
  void aLinkChangeHoldsAdvertsAgainAndRejoinsTheGroupsWhenReady() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("fe80::1"), 112, 2);
    FakeRawIpSocket peer = lan.attach(ip("fe80::2"), 112, 3);
    VrrpChannel c = channel(mine);
    VrrpSocket s = c.socketFor(9);
    List<String> got = new ArrayList<>();
    s.onReceive((m, ctx) -> got.add(ctx.source().toString()));
    linkReady.set(true);
    s.send(new byte[] {0x31, 9}, ip("ff02::12"));

    // the link flaps: the kernel forgot the membership, and the link-local is tentative again
    mine.leaveGroup(ip("ff02::12"));
    linkReady.set(false);
    c.linkChanged();
    s.send(new byte[] {0x31, 9}, ip("ff02::12"));
    assertThat(c.heldAdverts()).isEqualTo(1);
    peer.send(ip("ff02::12"), new byte[] {0x31, 9, 100, 0, 0, 100, 0, 0});
    loop.advanceBy(Duration.ZERO);
    assertThat(got).as("not a member while the link is away").isEmpty();

    linkReady.set(true);
    s.send(new byte[] {0x31, 9}, ip("ff02::12"));
    peer.send(ip("ff02::12"), new byte[] {0x31, 9, 100, 0, 0, 100, 0, 0});
    loop.advanceBy(Duration.ZERO);
    assertThat(got).containsExactly(ip("fe80::2").toString());
    assertThat(mine.sent()).hasSize(2);
  }

  @Test
  void onlyALinkLocalAddressPastDadIsUsable() throws Exception {
    InterfaceAddress ll = InterfaceAddress.of(2, ip("fe80::1"), 64);
    assertThat(KernelLinkReadiness.usableLinkLocal(ll)).isTrue();
    assertThat(KernelLinkReadiness.usableLinkLocal(ll.withFlags(Rtnl.IFA_F_TENTATIVE))).isFalse();
    assertThat(KernelLinkReadiness.usableLinkLocal(ll.withFlags(Rtnl.IFA_F_DADFAILED))).isFalse();
    assertThat(KernelLinkReadiness.usableLinkLocal(InterfaceAddress.of(2, ip("fd00::1"), 64)))
        .isFalse();
  }
}

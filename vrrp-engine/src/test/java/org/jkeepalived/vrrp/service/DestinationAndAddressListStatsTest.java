package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 items 4 and 5: what a multicast instance does with an advert sent to its unicast
 * address (keepalived never takes one: vrrp_check_packet's "Expected multicast packet but
 * received unicast packet", counted as an address list error), and how an advert whose address
 * list differs is counted (an address list error, and an advertisement received: RFC 2787
 * vrrpStatsAdvertiseRcvd and RFC 6527 vrrpv3StatisticsRcvdAdvertisements count the adverts the
 * virtual router received, and a mismatched list is one).
 */
class DestinationAndAddressListStatsTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  private static byte[] advert(int priority, List<InetAddress> vips, InetAddress src,
      InetAddress dst) {
    return VrrpCodec.encode(VrrpAdvertisement.v3(51, priority, Duration.ofSeconds(1), vips),
        src, dst, VrrpCodecOptions.DEFAULT);
  }

  @Test
  void anIpv4AdvertToTheUnicastAddressOfAMulticastInstanceIsAnAddressListError()
      throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket rogue = lan.attach(ip("198.18.1.9"), 112, 9);
      for (int i = 0; i < 3; i++) {
        rogue.send(ip("198.18.1.1"), advert(200, List.of(ip("198.18.2.100")), ip("198.18.1.9"),
            ip("198.18.1.1")));
      }
      clock.advanceBy(Duration.ofMillis(1500)); // counters reach the store batched
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.addressListErrors()).isEqualTo(3);
      assertThat(s.advertiseRcvd()).isZero();
      assertThat(n.state().orElseThrow().masterAddress()).isNull();
    }
  }

  @Test
  void anIpv6AdvertToTheUnicastAddressOfAMulticastInstanceIsAnAddressListError()
      throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.row("VI_6", 52, 100, 3, true, Duration.ofSeconds(1), Authentication.NONE,
          List.of(vip("fd00:2::100/128")), TestRows.multicast(), GarpTimers.DEFAULTS, true,
          false));
      FakeRawIpSocket rogue = lan.attach(ip("fe80::9"), 112, 9);
      byte[] m = VrrpCodec.encode(VrrpAdvertisement.v3(52, 200, Duration.ofSeconds(1),
          List.of(ip("fd00:2::100"))), ip("fe80::9"), ip("fe80::1"), VrrpCodecOptions.DEFAULT);
      rogue.send(ip("fe80::1"), m);
      rogue.send(ip("fe80::1"), m);
      clock.advanceBy(Duration.ofMillis(1500)); // counters reach the store batched
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.addressListErrors()).isEqualTo(2);
      assertThat(s.advertiseRcvd()).isZero();
    }
  }

  @Test
  void theSameAdvertToTheGroupIsTaken() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      peer.joinGroup(ip("224.0.0.18"));
      peer.send(ip("224.0.0.18"), advert(200, List.of(ip("198.18.2.100")), ip("198.18.1.9"),
          ip("224.0.0.18")));
      clock.advanceBy(Duration.ofMillis(1500)); // counters reach the store batched
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.advertiseRcvd()).isEqualTo(1);
      assertThat(s.addressListErrors()).isZero();
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    }
  }

  @Test
  void anAdvertWithOtherAddressesIsReceivedAndAnAddressListError() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      // the same count with another address, and another count
      peer.send(ip("224.0.0.18"), advert(200, List.of(ip("198.18.2.101")), ip("198.18.1.9"),
          ip("224.0.0.18")));
      peer.send(ip("224.0.0.18"), advert(200, List.of(ip("198.18.2.100"), ip("198.18.2.101")),
          ip("198.18.1.9"), ip("224.0.0.18")));
      clock.advanceBy(Duration.ofMillis(1500)); // counters reach the store batched
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.addressListErrors()).isEqualTo(2);
      assertThat(s.advertiseRcvd()).isEqualTo(2);
      // counted, but not obeyed: the instance did not take the sender as its master
      assertThat(n.state().orElseThrow().masterAddress()).isNull();
    }
  }
}

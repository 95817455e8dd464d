package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.vrrp.instance.PacketLog;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.junit.jupiter.api.Test;

/**
 * The router-wide error counters of VRRP-MIB vrrpStatistics and VRRPv3-MIB vrrpv3Statistics
 * (issue 18 item 1): bad checksums, wrong versions and unknown VRIDs reach the store's router row.
 */
class RouterErrorCountersTest {
  private static final Duration ONE = Duration.ofSeconds(1);
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  private static VrrpRouterStats routerRow(FakeNode n) {
    return n.store.snapshot().state(Tables.VRRP_ROUTER_STATS, Index.of(0))
        .orElse(VrrpRouterStats.ZERO);
  }

  private static byte[] v3Advert(int vrid, String from, String to, String vipAddress) {
    return VrrpCodec.encode(VrrpAdvertisement.v3(vrid, 200, ONE, List.of(ip(vipAddress))),
        ip(from), ip(to), VrrpCodecOptions.DEFAULT);
  }

  @Test
  void checksumVersionAndUnknownVridErrorsReachTheRouterRow() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] good = v3Advert(51, "198.18.1.9", "224.0.0.18", "198.18.2.100");
      byte[] badSum = good.clone();
      badSum[7] ^= 0x5a;
      byte[] v4 = good.clone();
      v4[0] = (byte) 0x41; // version 4, type 1
      byte[] otherVrid = v3Advert(52, "198.18.1.9", "224.0.0.18", "198.18.2.100");
      peer.send(ip("224.0.0.18"), badSum);
      peer.send(ip("224.0.0.18"), v4);
      peer.send(ip("224.0.0.18"), v4);
      for (int i = 0; i < 3; i++) {
        peer.send(ip("224.0.0.18"), otherVrid);
      }
      clock.advanceBy(ONE);
      // a VRRPv3 instance's and packets: VRRP-MIB (VRRPv2 over IPv4) counts none of them
      assertThat(routerRow(n)).isEqualTo(new VrrpRouterStats(1, 2, 3, 0, 0, 0));
    }
  }

  @Test
  void v2ChecksumAndVrIdErrorsAreCountedInBothMibs() throws Exception {
    VrrpInstanceConfig row = TestRows.row("VI_2", 51, 100, 2, false, ONE,
        Authentication.NONE, List.of(vip("198.18.2.100/32")),
        TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(row);
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] bad = VrrpCodec.encode(VrrpAdvertisement.v2(51, 200, VrrpAuth.none(), ONE,
          List.of(ip("198.18.2.100"))), ip("198.18.1.9"), ip("224.0.0.18"),
          VrrpCodecOptions.DEFAULT);
      bad[6] ^= 0x11;
      peer.send(ip("224.0.0.18"), bad);
      peer.send(ip("224.0.0.18"), VrrpCodec.encode(VrrpAdvertisement.v2(52, 200,
          VrrpAuth.none(), ONE, List.of(ip("198.18.2.100"))), ip("198.18.1.9"),
          ip("224.0.0.18"), VrrpCodecOptions.DEFAULT));
      clock.advanceBy(ONE);
      // VRRPv2 over IPv4: both MIBs count them (keepalived: suitable_for_rfc2787)
      assertThat(routerRow(n)).isEqualTo(new VrrpRouterStats(1, 0, 1, 1, 0, 1));
    }
  }

  @Test
  void ipv6ChecksumErrorsAreCountedToo() throws Exception {
    VrrpInstanceConfig row = TestRows.row("VI_6", 52, 100, 3, true, ONE,
        Authentication.NONE, List.of(vip("fd00::100/64")),
        TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(row);
      FakeRawIpSocket peer = lan.attach(ip("fe80::9"), 112, 9);
      byte[] bad = v3Advert(52, "fe80::9", "ff02::12", "fd00::100");
      bad[6] ^= 0x11;
      peer.send(ip("ff02::12"), bad);
      byte[] otherVrid = v3Advert(53, "fe80::9", "ff02::12", "fd00::100");
      peer.send(ip("ff02::12"), otherVrid);
      clock.advanceBy(ONE);
      assertThat(routerRow(n)).isEqualTo(new VrrpRouterStats(1, 0, 1, 0, 0, 0));
    }
  }

  /**
   * Issue 18 item 2: a well-formed advert of the other version for the instance is a version
   * error (keepalived: "wrong version. Received 2 and expect 3"), not a silent drop.
   */
  @Test
  void otherVersionAdvertIsAVersionError() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] v2 = VrrpCodec.encode(VrrpAdvertisement.v2(51, 200, VrrpAuth.none(), ONE,
          List.of(ip("198.18.2.100"))), ip("198.18.1.9"), ip("224.0.0.18"),
          VrrpCodecOptions.DEFAULT);
      peer.send(ip("224.0.0.18"), v2);
      clock.advanceBy(ONE);
      assertThat(routerRow(n).versionErrors()).isEqualTo(1);
      assertThat(n.state().orElseThrow().stats().advertiseRcvd()).isZero();
    }
  }

  @Test
  void v3AdvertToAV2InstanceIsAVersionError() throws Exception {
    VrrpInstanceConfig row = TestRows.row("VI_2", 51, 100, 2, false, ONE, Authentication.NONE,
        List.of(vip("198.18.2.100/32")), TestRows.multicast(), GarpTimers.DEFAULTS, true, false);
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(row);
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      peer.send(ip("224.0.0.18"), v3Advert(51, "198.18.1.9", "224.0.0.18", "198.18.2.100"));
      clock.advanceBy(ONE);
      assertThat(routerRow(n).versionErrors()).isEqualTo(1);
    }
  }

  /** Issue 18 item 3: every bad packet counts; the log gets one line per 10 s and source. */
  @Test
  void aFloodOfBadChecksumsIsCountedInFullButLoggedOnce() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      List<String> lines = new ArrayList<>();
      n.engine.instance("VI_1").orElseThrow().logPacketsTo(new PacketLog(lines::add));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] bad = v3Advert(51, "198.18.1.9", "224.0.0.18", "198.18.2.100");
      bad[7] ^= 0x5a;
      for (int i = 0; i < 50; i++) {
        peer.send(ip("224.0.0.18"), bad);
      }
      clock.advanceBy(ONE);
      assertThat(routerRow(n).checksumErrors()).isEqualTo(50);
      assertThat(lines).containsExactly("(VI_1) Invalid VRRPv3 checksum");
      clock.advanceBy(PacketLog.INTERVAL);
      peer.send(ip("224.0.0.18"), bad);
      clock.advanceBy(ONE);
      assertThat(lines).containsExactly("(VI_1) Invalid VRRPv3 checksum",
          "(VI_1) Invalid VRRPv3 checksum [49 more from 198.18.1.9 suppressed]");
    }
  }
}

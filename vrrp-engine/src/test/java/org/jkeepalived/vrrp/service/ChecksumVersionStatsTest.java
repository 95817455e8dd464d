package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.junit.jupiter.api.Test;

/** Checksum and version errors are published per instance (VRRP-MIB router counters). */
class ChecksumVersionStatsTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  @Test
  void badChecksumAndUnknownVersionAreCountedAndPublished() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] good = VrrpCodec.encode(VrrpAdvertisement.v3(51, 200, Duration.ofSeconds(1),
          List.of(ip("198.18.2.100"))), ip("198.18.1.9"), ip("224.0.0.18"),
          VrrpCodecOptions.DEFAULT);
      byte[] badSum = good.clone();
      badSum[7] ^= 0x5a;
      byte[] v4 = good.clone();
      v4[0] = (byte) 0x41; // version 4, type 1
      peer.send(ip("224.0.0.18"), badSum);
      peer.send(ip("224.0.0.18"), v4);
      peer.send(ip("224.0.0.18"), v4);
      clock.advanceBy(Duration.ofMillis(100));
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.checksumErrors()).isEqualTo(1);
      assertThat(s.versionErrors()).isEqualTo(2);
      assertThat(s.advertiseRcvd()).isZero();
    }
  }
}

package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.vrrp.packet.VrrpAdvertisement;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodec;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.junit.jupiter.api.Test;

/**
 * A VRRPv2 advert with another Adver Int is dropped (RFC 3768 section 7.1) and counted: RFC 2787
 * vrrpStatsAdvertiseIntervalErrors is "advertisement packets received for which the
 * advertisement interval is different than the one configured", and being an advertisement
 * this virtual router received it counts in vrrpStatsAdvertiseRcvd too (as a mismatched address
 * list does). keepalived 2.2.7 drops it uncounted (the differential lists that).
 */
class AdvertIntervalStatsTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  @Test
  void aV2AdvertWithAnotherIntervalIsAnIntervalErrorAndIsNotObeyed() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.start(TestRows.row("VI_2", 51, 100, 2, false, Duration.ofSeconds(1),
          Authentication.NONE, List.of(vip("198.18.2.100/32")), TestRows.multicast(),
          GarpTimers.DEFAULTS, true, false));
      FakeRawIpSocket peer = lan.attach(ip("198.18.1.9"), 112, 9);
      byte[] m = VrrpCodec.encode(VrrpAdvertisement.v2(51, 200, VrrpAuth.none(),
          Duration.ofSeconds(2), List.of(ip("198.18.2.100"))), ip("198.18.1.9"),
          ip("224.0.0.18"), VrrpCodecOptions.DEFAULT);
      peer.send(ip("224.0.0.18"), m);
      peer.send(ip("224.0.0.18"), m);
      clock.advanceBy(Duration.ofMillis(1500)); // counters reach the store batched
      VrrpStats s = n.state().orElseThrow().stats();
      assertThat(s.advertiseIntervalErrors()).isEqualTo(2);
      assertThat(s.advertiseRcvd()).isEqualTo(2);
      assertThat(n.state().orElseThrow().masterAddress()).isNull();
    }
  }
}

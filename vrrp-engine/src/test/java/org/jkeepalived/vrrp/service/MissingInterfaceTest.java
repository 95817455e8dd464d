package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.Test;

/** keepalived puts an instance whose interface does not exist in FAULT and starts it later. */
class MissingInterfaceTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  @Test
  void instanceIsFaultUntilItsInterfaceAppearsThenRuns() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      LinkInfo eth0 = n.links.links().get(0);
      n.links.removeLink(eth0.index());
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
      assertThat(n.vipsOnLink()).isEmpty();
      assertThat(n.engine.instance("VI_1")).isEmpty();

      n.links.putLink(new LinkInfo(eth0.index(), "eth0",
          Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP, 1500, eth0.hardwareAddress(), 6,
          "veth"));
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(n.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    }
  }

  @Test
  void aWaitingInstanceCanBeRemovedAndShutDown() throws Exception {
    try (FakeNode n = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1)) {
      n.links.removeLink(n.links.links().get(0).index());
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(1));
      n.engine.shutdown();
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    }
  }
}

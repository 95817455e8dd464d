package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.StaticConfig.UpDownDelay;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.junit.jupiter.api.Test;

/**
 * The engine with interface_up_down_delays, vrrp_startup_delay and dynamic_interfaces, as the
 * keepalived 2.2.7 binary behaved in a namespace.
 */
class EngineOptionsTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();

  private static EngineSettings settings(Map<String, UpDownDelay> delays, Duration startup,
      boolean dynamic) {
    return new EngineSettings(false, delays, startup, dynamic);
  }

  private FakeNode node(EngineSettings s) throws IOException {
    return new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1, s);
  }

  @Test
  void aCarrierLossShorterThanTheDownDelayLeavesTheMasterAlone() throws Exception {
    var delays = Map.of("eth0", new UpDownDelay(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    try (FakeNode n = node(settings(delays, Duration.ZERO, false))) {
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);

      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofMillis(1500));
      n.links.setRunning(FakeNode.IFINDEX, true);
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(n.engine.history("VI_1")).doesNotContain(
          VrrpFsmState.FAULT);
      assertThat(n.vipsOnLink()).containsExactly(ip("198.18.2.100"));

      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofMillis(1900));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      clock.advanceBy(Duration.ofMillis(200));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
      assertThat(n.vipsOnLink()).isEmpty();
    }
  }

  @Test
  void withoutDelaysACarrierLossFaultsAtOnce() throws Exception {
    try (FakeNode n = node(EngineSettings.DEFAULTS)) {
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofMillis(10));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    }
  }

  @Test
  void aReloadAddingADownDelayHoldsTheNextCarrierLoss() throws Exception {
    try (FakeNode n = node(EngineSettings.DEFAULTS)) {
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      n.engine.reloaded(settings(
          Map.of("eth0", new UpDownDelay(Duration.ofSeconds(2), Duration.ofSeconds(1))),
          Duration.ZERO, true));
      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofMillis(1500));
      n.links.setRunning(FakeNode.IFINDEX, true);
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.engine.history("VI_1")).doesNotContain(
          VrrpFsmState.FAULT);

      n.engine.reloaded(EngineSettings.DEFAULTS); // and dropping it faults at once again
      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofMillis(10));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    }
  }

  @Test
  void startupDelayShowsBackupAndStartsTheMasterDownTimerOnlyWhenItEnds() throws Exception {
    // keepalived 2.2.7, vrrp_startup_delay 8, state MASTER priority 150, advert_int 1: "Entering
    // BACKUP STATE (init)" at start, SIGUSR1 dump "State = BACKUP", MASTER 8 s + 3.6 s later
    try (FakeNode n = node(settings(Map.of(), Duration.ofSeconds(3), false))) {
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofMillis(2990));
      assertThat(n.engine.history("VI_1")).containsExactly(
          VrrpFsmState.BACKUP);
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
      clock.advanceBy(Duration.ofMillis(20 + 3_000));
      assertThat(n.state().orElseThrow().state()).as("3.01 s after the delay: still waiting")
          .isEqualTo(VrrpState.BACKUP);
      clock.advanceBy(Duration.ofMillis(700));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(n.engine.history("VI_1")).containsExactly(
          VrrpFsmState.BACKUP, VrrpFsmState.MASTER);
    }
  }

  @Test
  void duringTheStartupDelayAdvertsAreNotReadAndTheLinkDoesNotStartTimers() throws Exception {
    try (FakeNode n = node(settings(Map.of(), Duration.ofSeconds(10), false));
        FakeNode peer = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2,
            EngineSettings.DEFAULTS)) {
      peer.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))));
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      n.links.setRunning(FakeNode.IFINDEX, false);
      clock.advanceBy(Duration.ofSeconds(1));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
      n.links.setRunning(FakeNode.IFINDEX, true);
      clock.advanceBy(Duration.ofSeconds(8));
      assertThat(n.state().orElseThrow().state()).as("held: no Master_Down_Timer ran")
          .isEqualTo(VrrpState.BACKUP);
      assertThat(peer.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      clock.advanceBy(Duration.ofSeconds(5)); // delay over at 10 s, Master_Down 3.6 s later
      assertThat(n.state().orElseThrow().state()).as("running: preempts the lower master")
          .isEqualTo(VrrpState.MASTER);
    }
  }

  @Test
  void aDeletedInterfaceFaultsItsInstancesWhichRunAgainWhenItIsCreatedAgain() throws Exception {
    try (FakeNode n = node(settings(Map.of(), Duration.ZERO, true))) {
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      LinkInfo eth0 = n.links.links().stream().filter(l -> l.name().equals("eth0")).findFirst()
          .orElseThrow();
      n.links.removeLink(eth0.index());
      clock.advanceBy(Duration.ofMillis(10));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
      assertThat(n.engine.instance("VI_1")).isEmpty();
      assertThat(n.vipsOnLink()).isEmpty();

      n.links.putLink(eth0);
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.engine.instance("VI_1")).isPresent();
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
      assertThat(n.vipsOnLink()).containsExactly(ip("198.18.2.100"));
    }
  }

  @Test
  void withoutDynamicInterfacesAMissingInterfaceStopsVrrp() throws Exception {
    try (FakeNode n = node(settings(Map.of(), Duration.ZERO, false))) {
      n.links.removeLink(FakeNode.IFINDEX);
      assertThatThrownBy(() -> n.start(
          TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32")))))
          .isInstanceOf(IOException.class).hasMessageContaining("eth0");
      assertThat(n.engine.instance("VI_1")).isEmpty();
    }
  }

  @Test
  void withDynamicInterfacesAMissingInterfaceWaits() throws Exception {
    try (FakeNode n = node(settings(Map.of(), Duration.ZERO, true))) {
      n.links.removeLink(FakeNode.IFINDEX);
      n.start(TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32"))));
      clock.advanceBy(Duration.ofSeconds(5));
      assertThat(n.state().orElseThrow().state()).isEqualTo(VrrpState.FAULT);
    }
  }

  @Test
  void theDebounceLimitIsTwoAdvertsLessA256thAsKeepalivedMeasured() {
    var v3 = TestRows.v3("VI_1", 51, 150, List.of(vip("198.18.2.100/32")));
    long us = v3.advertInterval().toNanos() / 1000;
    assertThat(EngineOptions.debounceLimit(List.of(v3), "eth0"))
        .isEqualTo(Duration.ofNanos((2 * us - us / 256) * 1000));
    assertThat(us).isEqualTo(1_000_000);
    assertThat(EngineOptions.debounceLimit(List.of(v3), "eth0").toNanos() / 1000)
        .isEqualTo(1_996_094); // keepalived: "delay by 1996094" for advert_int 1
    assertThat(EngineOptions.debounceLimit(List.of(v3), "eth1")).isNull();
  }
}

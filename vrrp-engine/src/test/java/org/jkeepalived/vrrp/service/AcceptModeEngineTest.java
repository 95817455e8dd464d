package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * no_accept filtering and promote_secondaries through the engine: the firewall blocks exactly
 * the VIPs a master holds, as keepalived's nftables sets do, and both are undone at shutdown.
 */
class AcceptModeEngineTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();
  private FakeNode a;
  private FakeNode b;

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private static VrrpInstanceConfig row(int priority, boolean accept, boolean promote) {
    VrrpInstanceConfig r = TestRows.v3("VI_1", 51, priority,
        List.of(vip("198.18.2.100/32"), vip("198.18.2.101/32")));
    VrrpInstanceConfig.Behaviour o = r.behaviour();
    VrrpInstanceConfig.Behaviour b = new VrrpInstanceConfig.Behaviour(o.preempt(),
        o.preemptDelay(), accept, true, o.skipCheckAdvAddr(), o.lowerPrioNoAdvert(),
        o.higherPrioSendAdvert(), o.downTimerAdverts(), o.garpExtraIf(), o.garpExtraIfAll(),
        promote, o.notifyPriorityChanges(), o.smtpAlert(), o.linkbeatUsePolling(), o.debug(),
        o.lvsSyncDaemonInterface());
    return new VrrpInstanceConfig(r.name(), r.state(), r.interfaceName(), r.virtualRouterId(),
        r.priority(), r.advertInterval(), r.version(), r.ipv6(), r.authentication(),
        r.virtualAddresses(), r.excludedAddresses(), r.virtualRoutes(), r.virtualRules(),
        r.tracking(), r.transport(), r.vmac(), b, r.garp(), r.notifyScripts());
  }

  private void twoNodes(VrrpInstanceConfig rowA, VrrpInstanceConfig rowB) throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    a.start(rowA);
    b.start(rowB);
    clock.advanceBy(Duration.ofSeconds(5));
  }

  @Test
  void noAcceptMasterBlocksItsVipsAndTheBackupBlocksNothing() throws Exception {
    twoNodes(row(150, false, false), row(100, false, false));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.firewall.blocked()).containsExactly(ip("198.18.2.100"), ip("198.18.2.101"));
    assertThat(b.firewall.blocked()).isEmpty();
    assertThat(b.firewall.calls()).isEmpty();
  }

  @Test
  void masterThatStepsDownUnblocksAndShutdownClosesTheFirewall() throws Exception {
    twoNodes(row(150, false, false), row(100, false, false));
    a.engine.shutdown(); // SIGTERM: priority 0, VIPs removed, firewall closed
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(a.firewall.calls()).containsSubsequence("unblock 198.18.2.100",
        "unblock 198.18.2.101", "close");
    assertThat(a.firewall.closed()).isTrue();
    assertThat(b.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(b.firewall.blocked()).containsExactly(ip("198.18.2.100"), ip("198.18.2.101"));
  }

  @Test
  void acceptModeAndTheAddressOwnerAreNotFiltered() throws Exception {
    twoNodes(row(150, true, false), row(100, true, false));
    assertThat(a.firewall.calls()).isEmpty();
    close();
    a = new FakeNode(lan, clock, "198.18.1.3", "fe80::3", 3);
    a.start(row(255, false, false));
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.firewall.calls()).isEmpty();
    b = null;
  }

  private static final String PROMOTE = "net/ipv4/conf/eth0/promote_secondaries";

  @Test
  void promoteSecondariesIsSetAtStartAndRestoredAtShutdown() throws Exception {
    twoNodes(row(150, true, true), row(100, true, false));
    assertThat(a.sysctls.read(PROMOTE)).contains("1");
    assertThat(b.sysctls.read(PROMOTE)).isEmpty();
    a.engine.shutdown();
    assertThat(a.sysctls.read(PROMOTE)).contains("0");
  }

  @Test
  void promoteSecondariesAlreadyOnIsLeftOnAtShutdown() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    a.sysctls.put(PROMOTE, "1");
    a.start(row(150, true, true));
    clock.advanceBy(Duration.ofSeconds(5));
    a.engine.shutdown();
    assertThat(a.sysctls.read(PROMOTE)).contains("1");
    assertThat(a.sysctls.writes()).isEmpty();
  }
}

package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.rtnl.AddressEvent;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpRouteRow;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.fsm.VrrpFsmState;
import org.jkeepalived.vrrp.track.StaticTrackGroups;
import org.jkeepalived.vrrp.vip.GarpSpacing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Static entries with a track_group, as keepalived 2.2.7 behaved in a namespace: VI_1 (in the
 * group) and VI_2 (not) on eth0, a static address and route on eth1 tracked by the group.
 * Deleting the entry only restores it; eth1 going down puts VI_1 (only) in FAULT; eth1 coming up
 * brings VI_1 back through BACKUP to MASTER and re-adds the entries.
 */
class StaticTrackGroupEngineTest {
  private final FakeScheduler clock = new FakeScheduler(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeLan lan = new FakeLan();
  private FakeNode a;

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
  }

  private static final VirtualAddress ADDRESS = new VirtualAddress(
      new IpPrefix(ip("198.18.3.10"), 24), null, "eth1", false, null, null, null, false, false,
      false, false, false, false, "G1", null);
  private static final VirtualRoute ROUTE = new VirtualRoute(null,
      new IpPrefix(ip("198.18.84.128"), 26), null, null, ip("198.18.3.254"), "eth1", List.of(),
      null, null, null, null, null, false, false, false, "G1", Map.of());

  private void start() throws Exception {
    StaticConfig statics = new StaticConfig(List.of(ADDRESS), List.of(ROUTE), List.of(),
        Map.of("G1", List.of("VI_1")), Map.of(), Map.of());
    EngineSettings settings = new EngineSettings(false, Map.of(), Duration.ZERO, true,
        GarpSpacing.NONE, StaticTrackGroups.of(statics, "eth0"));
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1, settings);
    var tx = a.store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(Tables.VRRP_ADDRESS, Index.of(0, 1), new VrrpAddressRow(ADDRESS, "eth1",
        VrrpAddressRow.Kind.STATIC));
    tx.putConfig(Tables.VRRP_ROUTE, Index.of(0, 1), new VrrpRouteRow(ROUTE));
    tx.commit();
    a.start(TestRows.v3("VI_1", 51, 100, List.of(vip("198.18.2.100/32"))),
        TestRows.v3("VI_2", 52, 100, List.of(vip("198.18.2.101/32"))));
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(state(1)).isEqualTo(VrrpState.MASTER);
    assertThat(state(2)).isEqualTo(VrrpState.MASTER);
  }

  private VrrpState state(int instance) {
    return a.state(instance).orElseThrow().state();
  }

  private boolean hasStaticAddress() {
    return a.addresses.list(0).stream().anyMatch(x -> x.address().equals(ip("198.18.3.10")));
  }

  private List<KernelRoute> staticRoutes() {
    return a.routes.routes(0).stream()
        .filter(r -> r.destinationText().equals("198.18.84.128/26")).toList();
  }

  @Test
  void settingsOfAConfigurationCarryTheStaticTrackGroups() {
    StaticConfig statics = new StaticConfig(List.of(ADDRESS), List.of(ROUTE), List.of(),
        Map.of("G1", List.of("VI_1")), Map.of(), Map.of());
    var config = new KeepalivedConfig(null, null, Map.of(), Map.of(),
        Map.of(), Map.of(), List.of(), List.of(), List.of(), statics, null);

    StaticTrackGroups g = EngineSettings.of(config).staticTracking();
    assertThat(g.interfacesOf("VI_1")).containsExactly("eth1");
    assertThat(g.interfacesOf("VI_2")).isEmpty();
    assertThat(EngineSettings.DEFAULTS.staticTracking()).isSameAs(StaticTrackGroups.NONE);
  }

  @Test
  void deletingATrackedStaticEntryRestoresItAndChangesNoState() throws Exception {
    start();
    var address = a.addresses.list(0).stream()
        .filter(x -> x.address().equals(ip("198.18.3.10"))).findFirst().orElseThrow();
    a.addresses.delete(address);
    a.links.emitAddress(new AddressEvent(AddressEvent.Kind.REMOVED, address));
    a.routes.deleteExternally(staticRoutes().get(0));
    clock.runPending();

    assertThat(hasStaticAddress()).isTrue();
    assertThat(staticRoutes()).hasSize(1);
    assertThat(a.engine.history("VI_1")).doesNotContain(VrrpFsmState.FAULT);
    assertThat(state(1)).isEqualTo(VrrpState.MASTER);
    assertThat(state(2)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void theEntrysInterfaceDownFaultsOnlyTheGroupsInstancesUntilItIsUpAgain() throws Exception {
    start();
    a.links.setRunning(FakeNode.IFINDEX1, false);
    a.routes.dropSilently(staticRoutes().get(0)); // the kernel flushes it without a message
    clock.runPending();
    assertThat(state(1)).isEqualTo(VrrpState.FAULT);
    assertThat(a.vipsOnLink()).doesNotContain(ip("198.18.2.100"));
    assertThat(state(2)).isEqualTo(VrrpState.MASTER);
    clock.advanceBy(Duration.ofSeconds(10));
    assertThat(state(1)).isEqualTo(VrrpState.FAULT);

    a.links.setRunning(FakeNode.IFINDEX1, true);
    clock.runPending();
    assertThat(state(1)).isEqualTo(VrrpState.BACKUP);
    assertThat(staticRoutes()).hasSize(1); // re-added on interface up
    assertThat(hasStaticAddress()).isTrue();
    // the usual master down timer: 3 x 1 s + skew (keepalived took 3.6 s)
    clock.advanceBy(Duration.ofSeconds(3));
    assertThat(state(1)).isEqualTo(VrrpState.BACKUP);
    clock.advanceBy(Duration.ofSeconds(1));
    assertThat(state(1)).isEqualTo(VrrpState.MASTER);
    assertThat(state(2)).isEqualTo(VrrpState.MASTER);
  }

  @Test
  void aReloadMovingTheGroupToAnotherInstanceMovesTheFault() throws Exception {
    start();
    StaticConfig regrouped = new StaticConfig(List.of(ADDRESS), List.of(ROUTE), List.of(),
        Map.of("G1", List.of("VI_2")), Map.of(), Map.of());
    a.engine.reloaded(new EngineSettings(false, Map.of(), Duration.ZERO, true,
        GarpSpacing.NONE, StaticTrackGroups.of(regrouped, "eth0")));
    clock.runPending();
    assertThat(state(1)).isEqualTo(VrrpState.MASTER);
    assertThat(state(2)).isEqualTo(VrrpState.MASTER);

    a.links.setRunning(FakeNode.IFINDEX1, false);
    clock.runPending();
    assertThat(state(1)).as("no longer in the group").isEqualTo(VrrpState.MASTER);
    assertThat(state(2)).as("now in the group").isEqualTo(VrrpState.FAULT);
  }
}

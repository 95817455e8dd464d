package org.jkeepalived.vrrp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.service.TestRows.ip;
import static org.jkeepalived.vrrp.service.TestRows.vip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.rtnl.AddressEvent;
import org.jkeepalived.linux.rtnl.FakeRouteManager;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VrrpRouteRow;
import org.jkeepalived.mibs.model.VrrpRuleRow;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** virtual_routes/virtual_rules follow mastership; static ones stay; statuses are published. */
class RoutesEngineTest {
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

  static VirtualRoute route(String dst, Integer table) {
    String[] p = dst.split("/");
    return new VirtualRoute(null, new IpPrefix(ip(p[0]), Integer.parseInt(p[1])), null, null,
        null, "eth0", List.of(), table, null, null, null, null, false, false, false, null,
        Map.of());
  }

  static VirtualRule rule(String from, int table, int pref) {
    String[] p = from.split("/");
    return new VirtualRule(false, false, new IpPrefix(ip(p[0]), Integer.parseInt(p[1])), null,
        pref, "table", table, null, null, null, null, null, null, false, null, Map.of());
  }

  private static VrrpInstanceConfig withRouting(VrrpInstanceConfig c, List<VirtualRoute> routes,
      List<VirtualRule> rules) {
    return new VrrpInstanceConfig(c.name(), c.state(), c.interfaceName(), c.virtualRouterId(),
        c.priority(), c.advertInterval(), c.version(), c.ipv6(), c.authentication(),
        c.virtualAddresses(), c.excludedAddresses(), routes, rules, c.tracking(), c.transport(),
        c.vmac(), c.behaviour(), c.garp(), c.notifyScripts());
  }

  private static VrrpInstanceConfig row(int priority, List<VirtualRoute> routes,
      List<VirtualRule> rules) {
    return withRouting(TestRows.v3("VI_1", 61, priority, List.of(vip("198.18.2.100/32"))),
        routes, rules);
  }

  private final List<VirtualRoute> routes = List.of(route("198.19.61.0/24", 61),
      route("198.19.62.0/24", null));
  private final List<VirtualRule> rules = List.of(rule("198.18.61.0/24", 61, 161));

  /** Puts the child rows the loader derives for instance 1 and the statics, before start. */
  private static void childRows(FakeNode n, VrrpInstanceConfig row) {
    var tx = n.store.begin(Origin.CONFIG_LOAD);
    for (int i = 0; i < row.virtualRoutes().size(); i++) {
      tx.putConfig(Tables.VRRP_ROUTE, Index.of(1, i + 1), new VrrpRouteRow(row.virtualRoutes()
          .get(i)));
      tx.putState(Tables.VRRP_ROUTE, Index.of(1, i + 1), AddressStatus.UNSET);
    }
    for (int i = 0; i < row.virtualRules().size(); i++) {
      tx.putConfig(Tables.VRRP_RULE, Index.of(1, i + 1), new VrrpRuleRow(row.virtualRules()
          .get(i)));
      tx.putState(Tables.VRRP_RULE, Index.of(1, i + 1), AddressStatus.UNSET);
    }
    tx.commit();
  }

  private void twoNodes() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    b = new FakeNode(lan, clock, "198.18.1.2", "fe80::2", 2);
    childRows(a, row(150, routes, rules));
    childRows(b, row(100, routes, rules));
    a.start(row(150, routes, rules));
    b.start(row(100, routes, rules));
    clock.advanceBy(Duration.ofSeconds(5));
  }

  private static List<String> destinations(FakeRouteManager m) {
    return m.routes(0).stream().map(KernelRoute::destinationText).toList();
  }

  @Test
  void masterHoldsTheRoutesAndRulesAndTheBackupNone() throws Exception {
    twoNodes();
    assertThat(destinations(a.routes)).containsExactlyInAnyOrder("198.19.61.0/24",
        "198.19.62.0/24");
    assertThat(a.routes.rules(0)).singleElement().satisfies(r -> {
      assertThat(r.table()).isEqualTo(61);
      assertThat(r.priority()).isEqualTo(161);
    });
    assertThat(b.routes.routes(0)).isEmpty();
    assertThat(b.routes.rules(0)).isEmpty();
    // keepalived's order: VIPs, then routes, then rules
    assertThat(a.routes.calls().stream().filter(c -> c.operation().startsWith("add"))
        .map(FakeRouteManager.Call::operation)).containsExactly("addRoute", "addRoute", "addRule");
    KernelRoute r61 = a.routes.routes(0).get(0);
    assertThat(r61.table()).isEqualTo(61);
    assertThat(r61.outputInterface()).isEqualTo(FakeNode.IFINDEX);
    assertThat(a.store.snapshot().state(Tables.VRRP_ROUTE, Index.of(1, 1)))
        .contains(AddressStatus.SET);
    assertThat(a.store.snapshot().state(Tables.VRRP_RULE, Index.of(1, 1)))
        .contains(AddressStatus.SET);
    assertThat(b.store.snapshot().state(Tables.VRRP_ROUTE, Index.of(1, 1)))
        .contains(AddressStatus.UNSET);
  }

  @Test
  void stoppingTheMasterMovesRoutesAndRulesToTheBackup() throws Exception {
    twoNodes();
    int before = a.routes.calls().size();
    a.engine.shutdown();
    clock.advanceBy(Duration.ofSeconds(2));
    assertThat(a.routes.routes(0)).isEmpty();
    assertThat(a.routes.rules(0)).isEmpty();
    // rules go before routes when leaving master
    assertThat(a.routes.calls().subList(before, a.routes.calls().size()).stream()
        .map(FakeRouteManager.Call::operation))
        .containsExactly("deleteRule", "deleteRoute", "deleteRoute");
    assertThat(destinations(b.routes)).containsExactlyInAnyOrder("198.19.61.0/24",
        "198.19.62.0/24");
    assertThat(b.routes.rules(0)).hasSize(1);
    assertThat(b.store.snapshot().state(Tables.VRRP_ROUTE, Index.of(1, 2)))
        .contains(AddressStatus.SET);
  }

  @Test
  void reloadChangesOnlyTheRoutesThatChanged() throws Exception {
    twoNodes();
    int before = a.routes.calls().size();
    VrrpInstanceConfig next = row(150, List.of(route("198.19.61.0/24", 61),
        route("198.19.63.0/24", null)), rules);
    a.set(Origin.RELOAD, next);
    clock.runPending();
    assertThat(a.routes.calls().subList(before, a.routes.calls().size()))
        .extracting(c -> c.operation() + " " + ((KernelRoute) c.target()).destinationText())
        .containsExactly("deleteRoute 198.19.62.0/24", "addRoute 198.19.63.0/24");
    assertThat(destinations(a.routes)).containsExactlyInAnyOrder("198.19.61.0/24",
        "198.19.63.0/24");
    // the backup's wanted list changes, the kernel is not touched
    int bBefore = b.routes.calls().size();
    b.set(Origin.RELOAD, row(100, next.virtualRoutes(), rules));
    clock.runPending();
    assertThat(b.routes.calls()).hasSize(bBefore);
  }

  @Test
  void staticRoutesRulesAndAddressesAreSetAtStartAndRemovedAtShutdown() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    var tx = a.store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(Tables.VRRP_ROUTE, Index.of(0, 1), new VrrpRouteRow(route("198.19.70.0/24",
        null)));
    tx.putConfig(Tables.VRRP_RULE, Index.of(0, 1), new VrrpRuleRow(rule("198.18.70.0/24", 70,
        170)));
    tx.putConfig(Tables.VRRP_ADDRESS, Index.of(0, 1), new VrrpAddressRow(vip("198.18.5.70/32"),
        "eth0", VrrpAddressRow.Kind.STATIC));
    tx.putState(Tables.VRRP_ADDRESS, Index.of(0, 1),
        new VrrpAddressState(AddressStatus.UNSET, 0));
    tx.commit();
    // a backup-only instance: statics do not depend on VRRP state
    a.start(TestRows.v3("VI_1", 61, 100, List.of(vip("198.18.2.100/32"))));
    assertThat(destinations(a.routes)).containsExactly("198.19.70.0/24");
    assertThat(a.routes.rules(LinuxConstants.AF_INET)).hasSize(1);
    assertThat(a.vipsOnLink()).contains(ip("198.18.5.70"));
    assertThat(a.store.snapshot().state(Tables.VRRP_ROUTE, Index.of(0, 1)))
        .contains(AddressStatus.SET);
    assertThat(a.store.snapshot().state(Tables.VRRP_ADDRESS, Index.of(0, 1)))
        .contains(new VrrpAddressState(AddressStatus.SET, FakeNode.IFINDEX));
    // a reload dropping the static rule leaves the route alone
    List<StoreEvent> events = a.store.begin(Origin.RELOAD)
        .removeConfig(Tables.VRRP_RULE, Index.of(0, 1)).commit();
    a.engine.onEvents(events);
    assertThat(a.routes.rules(0)).isEmpty();
    assertThat(destinations(a.routes)).containsExactly("198.19.70.0/24");
    a.engine.shutdown();
    assertThat(a.routes.routes(0)).isEmpty();
    assertThat(a.vipsOnLink()).doesNotContain(ip("198.18.5.70"));
  }

  @Test
  void deletedStaticRouteRuleAndAddressAreRestoredLikeKeepalived() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    var tx = a.store.begin(Origin.CONFIG_LOAD);
    tx.putConfig(Tables.VRRP_ROUTE, Index.of(0, 1), new VrrpRouteRow(route("198.19.70.0/24",
        null)));
    tx.putConfig(Tables.VRRP_RULE, Index.of(0, 1), new VrrpRuleRow(rule("198.18.70.0/24", 70,
        170)));
    tx.putConfig(Tables.VRRP_ADDRESS, Index.of(0, 1), new VrrpAddressRow(vip("198.18.5.70/32"),
        "eth0", VrrpAddressRow.Kind.STATIC));
    tx.commit();
    a.start(TestRows.v3("VI_1", 61, 100, List.of(vip("198.18.2.100/32"))));
    KernelRoute installed = a.routes.routes(0).get(0);
    a.routes.deleteExternally(installed);
    a.routes.deleteExternally(a.routes.rules(0).get(0));
    var address = a.addresses.list(0).stream()
        .filter(x -> x.address().equals(ip("198.18.5.70"))).findFirst().orElseThrow();
    a.addresses.delete(address); // the fake manager is not wired to the monitor: emit by hand
    a.links.emitAddress(new AddressEvent(
        AddressEvent.Kind.REMOVED, address));
    clock.runPending();
    assertThat(a.routes.routes(0)).containsExactly(installed);
    assertThat(a.routes.rules(0)).hasSize(1);
    assertThat(a.vipsOnLink()).contains(ip("198.18.5.70"));
    // a route that is not ours going away changes nothing
    int calls = a.routes.calls().size();
    a.routes.deleteExternally(KernelRoute.unicast(ip("198.19.99.0"), 24));
    clock.runPending();
    assertThat(a.routes.calls()).hasSize(calls);
    // our own removal at shutdown is not undone
    a.engine.shutdown();
    clock.runPending();
    assertThat(a.routes.routes(0)).isEmpty();
    assertThat(a.routes.rules(0)).isEmpty();
  }

  @Test
  void masterLosingATrackedVirtualRouteStepsDownAndTakesOverAgain() throws Exception {
    a = new FakeNode(lan, clock, "198.18.1.1", "fe80::1", 1);
    VirtualRoute noTrack = new VirtualRoute(null, new IpPrefix(ip("198.19.69.0"), 24), null, null,
        null, "eth0", List.of(), 61, null, null, null, null, false, false, true, null, Map.of());
    VrrpInstanceConfig r = row(150, List.of(route("198.19.61.0/24", 61), noTrack), List.of());
    childRows(a, r);
    a.start(r);
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    // a no_track route going away changes nothing (keepalived.conf(5): no_track)
    KernelRoute untracked = a.routes.routes(0).stream()
        .filter(k -> k.destinationText().equals("198.19.69.0/24")).findFirst().orElseThrow();
    a.routes.deleteExternally(untracked);
    clock.runPending();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(a.store.snapshot().state(Tables.VRRP_ROUTE, Index.of(1, 2)))
        .contains(AddressStatus.UNSET);
    assertThat(a.routes.routes(0)).extracting(KernelRoute::destinationText)
        .containsExactly("198.19.61.0/24"); // not reinstated while master
    KernelRoute tracked = a.routes.routes(0).get(0);
    a.routes.deleteExternally(tracked);
    clock.runPending();
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.BACKUP);
    assertThat(a.routes.routes(0)).isEmpty();
    assertThat(a.vipsOnLink()).isEmpty();
    // nobody else is there: Master_Down_Interval later it is master again with both routes
    clock.advanceBy(Duration.ofSeconds(5));
    assertThat(a.state().orElseThrow().state()).isEqualTo(VrrpState.MASTER);
    assertThat(destinations(a.routes)).containsExactlyInAnyOrder("198.19.61.0/24",
        "198.19.69.0/24");
  }
}

package org.jkeepalived.vrrp.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.FakeRouteManager;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.junit.jupiter.api.Test;

class InstanceRoutingTest {
  private final FakeRouteManager kernel = new FakeRouteManager();

  private static KernelObjects.Slot<KernelRoute> route(int pos, String dst) throws Exception {
    return new KernelObjects.Slot<>(pos, KernelRoute.unicast(InetAddress.getByName(dst), 24)
        .withOutputInterface(2));
  }

  private static KernelObjects.Slot<KernelRule> rule(int pos, int pref) {
    return new KernelObjects.Slot<>(pos, KernelRule.lookup(LinuxConstants.AF_INET, 61)
        .withPriority(pref));
  }

  private InstanceRouting routing(List<KernelObjects.Slot<KernelRoute>> routes,
      List<KernelObjects.Slot<KernelRule>> rules) {
    return new InstanceRouting("VI_1", kernel, routes, rules, "Virtual Routes", "Virtual Rules");
  }

  @Test
  void routeAlreadyThereCountsAsSetAndOtherFailuresLeaveItUnset() throws Exception {
    InstanceRouting r = routing(List.of(route(1, "198.19.61.0"), route(2, "198.19.62.0")),
        List.of(rule(1, 161)));
    kernel.addRoute(route(1, "198.19.61.0").object());
    kernel.failNext(new ErrnoException("RTM_NEWROUTE", LinuxConstants.ENODEV, "No such device"));
    // the first add (.61) fails with ENODEV, .62 and the rule go in
    assertThat(r.install()).isFalse();
    assertThat(r.routeStatus()).containsEntry(1, false).containsEntry(2, true);
    assertThat(r.ruleStatus()).containsEntry(1, true);
    assertThat(r.install()).isTrue(); // retried: EEXIST now counts as set
    assertThat(r.routeStatus()).containsEntry(1, true);
  }

  @Test
  void removeTakesOnlyWhatWasInstalledRulesFirst() throws Exception {
    InstanceRouting r = routing(List.of(route(1, "198.19.61.0")), List.of(rule(1, 161)));
    r.install();
    int before = kernel.calls().size();
    r.remove();
    r.remove(); // nothing left: no call
    assertThat(kernel.calls().subList(before, kernel.calls().size()))
        .extracting(FakeRouteManager.Call::operation).containsExactly("deleteRule", "deleteRoute");
    assertThat(r.installedRoutes()).isEmpty();
    assertThat(r.routeStatus()).containsEntry(1, false);
  }

  @Test
  void staleRemovalDeletesWantedEntriesAndIgnoresMissingOnes() throws Exception {
    kernel.addRoute(route(1, "198.19.61.0").object());
    InstanceRouting r = routing(List.of(route(1, "198.19.61.0"), route(2, "198.19.62.0")),
        List.of(rule(1, 161)));
    r.removeStale();
    assertThat(kernel.routes(0)).isEmpty();
    assertThat(r.installedRoutes()).isEmpty();
  }

  @Test
  void updateWhileActiveSwapsOnlyChangedEntriesAndWhileInactiveTouchesNothing() throws Exception {
    InstanceRouting r = routing(List.of(route(1, "198.19.61.0"), route(2, "198.19.62.0")),
        List.of(rule(1, 161)));
    r.install();
    int before = kernel.calls().size();
    r.update(List.of(route(1, "198.19.61.0"), route(2, "198.19.63.0")),
        List.of(rule(1, 161), rule(2, 162)), true);
    assertThat(kernel.calls().subList(before, kernel.calls().size()))
        .extracting(FakeRouteManager.Call::operation)
        .containsExactly("deleteRoute", "addRoute", "addRule");
    assertThat(r.routeStatus()).containsEntry(2, true);
    r.remove();
    before = kernel.calls().size();
    r.update(List.of(route(1, "198.19.64.0")), List.of(), false);
    assertThat(kernel.calls()).hasSize(before);
    r.install();
    assertThat(kernel.routes(0)).extracting(KernelRoute::destinationText)
        .containsExactly("198.19.64.0/24");
  }
}

package org.jkeepalived.vrrp.route;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.jkeepalived.linux.rtnl.RouteManager;

/**
 * One instance's {@code virtual_routes} and {@code virtual_rules}: installed when the instance
 * becomes master, after its VIPs, and removed when it leaves master, before its VIPs. Like
 * keepalived 2.2.7 ("setting Virtual Routes", then "setting Virtual Rules"; on leaving, "removing
 * Virtual Rules" then "removing Virtual Routes"). Loop only.
 */
public final class InstanceRouting {
  private final KernelObjects<KernelRoute> routes;
  private final KernelObjects<KernelRule> rules;
  /** Entries marked {@code no_track}: their deletion does not take the instance out of MASTER. */
  private java.util.Set<Object> untracked = java.util.Set.of();

  InstanceRouting(String owner, RouteManager port, List<KernelObjects.Slot<KernelRoute>> routes,
      List<KernelObjects.Slot<KernelRule>> rules, String routesName, String rulesName) {
    this.routes = new KernelObjects<>(owner, routesName, routeOps(port), routes);
    this.rules = new KernelObjects<>(owner, rulesName, ruleOps(port), rules);
  }

  /** An instance with no routes or rules (waiting for its interface). */
  public static InstanceRouting none(String owner) {
    return new InstanceRouting(owner, null, List.of(), List.of(), "Virtual Routes",
        "Virtual Rules");
  }

  /** Installs the routes, then the rules; true when every one is set. */
  public boolean install() {
    boolean ok = routes.installAll();
    return rules.installAll() && ok;
  }

  /** Removes the rules, then the routes this instance installed. */
  public void remove() {
    rules.removeAll();
    routes.removeAll();
  }

  void removeStale() {
    rules.removeStale();
    routes.removeStale();
  }

  void untrack(java.util.Set<Object> noTrack) {
    untracked = java.util.Set.copyOf(noTrack);
  }

  /**
   * Whether a deleted route was one of this instance's installed, tracked virtual routes:
   * keepalived 2.2.7 then leaves MASTER (checked: "Entering BACKUP STATE" right after an
   * {@code ip route del} of a virtual route, then MASTER again with no other router).
   */
  @SuppressWarnings("unchecked")
  public boolean lostRoute(KernelRoute deleted) {
    boolean tracked = routes.lost(deleted::sameKey,
        (java.util.Set<KernelRoute>) (java.util.Set<?>) untracked);
    // a no_track entry stays unset until the next transition to MASTER (keepalived.conf(5))
    routes.forget(deleted::sameKey);
    return tracked;
  }

  /** Whether a deleted rule was one of this instance's installed, tracked virtual rules. */
  @SuppressWarnings("unchecked")
  public boolean lostRule(KernelRule deleted) {
    boolean tracked = rules.lost(deleted::sameRule,
        (java.util.Set<KernelRule>) (java.util.Set<?>) untracked);
    rules.forget(deleted::sameRule);
    return tracked;
  }

  void update(List<KernelObjects.Slot<KernelRoute>> nextRoutes,
      List<KernelObjects.Slot<KernelRule>> nextRules, boolean active) {
    routes.update(nextRoutes, active);
    rules.update(nextRules, active);
  }

  /** Route row position to whether it is set. */
  public Map<Integer, Boolean> routeStatus() {
    return routes.status();
  }

  /** Rule row position to whether it is set. */
  public Map<Integer, Boolean> ruleStatus() {
    return rules.status();
  }

  public List<KernelRoute> installedRoutes() {
    return routes.installed();
  }

  public List<KernelRule> installedRules() {
    return rules.installed();
  }

  static KernelObjects.Ops<KernelRoute> routeOps(RouteManager port) {
    return new KernelObjects.Ops<>() {
      @Override
      public void add(KernelRoute r) throws IOException {
        port.addRoute(r);
      }

      @Override
      public void delete(KernelRoute r) throws IOException {
        port.deleteRoute(r);
      }

      @Override
      public int absentErrno() {
        return LinuxConstants.ESRCH;
      }
    };
  }

  static KernelObjects.Ops<KernelRule> ruleOps(RouteManager port) {
    return new KernelObjects.Ops<>() {
      @Override
      public void add(KernelRule r) throws IOException {
        port.addRule(r);
      }

      @Override
      public void delete(KernelRule r) throws IOException {
        port.deleteRule(r);
      }

      @Override
      public int absentErrno() {
        return LinuxConstants.ENOENT;
      }
    };
  }
}

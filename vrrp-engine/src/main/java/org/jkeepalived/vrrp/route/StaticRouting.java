package org.jkeepalived.vrrp.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.jkeepalived.linux.rtnl.RouteManager;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.model.VrrpRouteRow;
import org.jkeepalived.mibs.model.VrrpRuleRow;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.vrrp.vip.VipAddresses;

/**
 * {@code static_ipaddress}, {@code static_routes} and {@code static_rules}: set when the engine
 * starts, whatever the VRRP states, in that order; changed by a reload (only the entries that
 * changed); removed when the daemon stops, rules then routes then addresses. keepalived 2.2.7 was
 * run in a namespace to check: after SIGTERM none of its static addresses, routes or rules
 * remain. Rows are read from the store under instance index 0. Loop only.
 */
final class StaticRouting {
  private static final String OWNER = "static";

  private final RouteTranslator translator;
  private final ToIntFunction<String> ifindexOf;
  private final KernelObjects<InterfaceAddress> addresses;
  private final KernelObjects<KernelRoute> routes;
  private final KernelObjects<KernelRule> rules;

  StaticRouting(RouteManager routePort, AddressManager addressPort, RouteTranslator translator,
      ToIntFunction<String> ifindexOf) {
    this.translator = translator;
    this.ifindexOf = ifindexOf;
    this.addresses = new KernelObjects<>(OWNER, "static addresses", addressOps(addressPort),
        List.of());
    this.routes = new KernelObjects<>(OWNER, "static routes", InstanceRouting.routeOps(routePort),
        List.of());
    this.rules = new KernelObjects<>(OWNER, "static rules", InstanceRouting.ruleOps(routePort),
        List.of());
  }

  /** Makes the installed static entries match the store's rows. */
  void apply(StoreSnapshot s, boolean active) {
    List<KernelObjects.Slot<KernelRule>> nextRules = new ArrayList<>();
    for (Map.Entry<Index, VrrpRuleRow> e : statics(s.configs(Tables.VRRP_RULE))) {
      translator.rule(e.getValue().rule())
          .ifPresent(k -> nextRules.add(new KernelObjects.Slot<>(e.getKey().get(1), k)));
    }
    List<KernelObjects.Slot<KernelRoute>> nextRoutes = new ArrayList<>();
    for (Map.Entry<Index, VrrpRouteRow> e : statics(s.configs(Tables.VRRP_ROUTE))) {
      translator.route(e.getValue().route())
          .ifPresent(k -> nextRoutes.add(new KernelObjects.Slot<>(e.getKey().get(1), k)));
    }
    List<KernelObjects.Slot<InterfaceAddress>> nextAddresses = new ArrayList<>();
    for (Map.Entry<Index, VrrpAddressRow> e : statics(s.configs(Tables.VRRP_ADDRESS))) {
      VrrpAddressRow row = e.getValue();
      if (row.kind() != VrrpAddressRow.Kind.STATIC) {
        continue;
      }
      address(row).ifPresent(a -> nextAddresses.add(new KernelObjects.Slot<>(e.getKey().get(1),
          a)));
    }
    addresses.update(nextAddresses, active);
    routes.update(nextRoutes, active);
    rules.update(nextRules, active);
  }

  void removeAll() {
    rules.removeAll();
    routes.removeAll();
    addresses.removeAll();
  }

  /** A route was deleted from the kernel: a static one goes back. */
  boolean routeDeleted(KernelRoute r) {
    return routes.restore(r::sameKey);
  }

  /** A rule was deleted from the kernel: a static one goes back. */
  boolean ruleDeleted(KernelRule r) {
    return rules.restore(r::sameRule);
  }

  /** An address was deleted from its interface: a static one goes back. */
  boolean addressDeleted(InterfaceAddress a) {
    return addresses.restore(a::sameAddress);
  }

  /**
   * Interface {@code ifindex} came up: its static addresses and the static routes through it are
   * added again (keepalived 2.2.7 interface_up; rules are not, the kernel keeps them).
   */
  boolean interfaceUp(int ifindex) {
    boolean a = addresses.reinstate(x -> x.ifindex() == ifindex);
    boolean r = routes.reinstate(x -> x.outputInterface() == ifindex);
    return a || r;
  }

  Map<Integer, Boolean> routeStatus() {
    return routes.status();
  }

  Map<Integer, Boolean> ruleStatus() {
    return rules.status();
  }

  /** Address row position to its vrrpAddressTable state. */
  Map<Integer, VrrpAddressState> addressStatus() {
    Map<Integer, VrrpAddressState> out = new LinkedHashMap<>();
    Map<Integer, Boolean> set = addresses.status();
    for (KernelObjects.Slot<InterfaceAddress> s : addresses.wanted()) {
      out.put(s.position(), EngineRouting.addressState(set.get(s.position()),
          s.object().ifindex()));
    }
    return out;
  }

  private Optional<InterfaceAddress> address(VrrpAddressRow row) {
    String dev = row.address().dev() != null ? row.address().dev() : row.interfaceName();
    int ifindex = dev == null ? 0 : ifindexOf.applyAsInt(dev);
    if (ifindex <= 0) {
      return Optional.empty();
    }
    return Optional.of(VipAddresses.of(row.address(), ifindex));
  }

  private static <C> List<Map.Entry<Index, C>> statics(Map<Index, C> rows) {
    return rows.entrySet().stream().filter(e -> e.getKey().size() == 2 && e.getKey().get(0) == 0)
        .toList();
  }

  private static KernelObjects.Ops<InterfaceAddress> addressOps(AddressManager port) {
    return new KernelObjects.Ops<>() {
      @Override
      public void add(InterfaceAddress a) throws IOException {
        port.add(a);
      }

      @Override
      public void delete(InterfaceAddress a) throws IOException {
        port.delete(a);
      }

      @Override
      public int absentErrno() {
        return LinuxConstants.EADDRNOTAVAIL;
      }
    };
  }
}

package org.jkeepalived.vrrp.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.rtnl.AddressEvent;
import org.jkeepalived.linux.rtnl.LinkMonitor;
import org.jkeepalived.linux.rtnl.RouteListener;
import org.jkeepalived.linux.rtnl.RtnlListener;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.jkeepalived.linux.rtnl.RouteManager;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;
import org.jkeepalived.mibs.store.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VRRP engine's routing: every instance's virtual routes and rules ({@link InstanceRouting}),
 * the static addresses, routes and rules ({@link StaticRouting}), and the vrrpRouteTable,
 * vrrpRuleTable and static vrrpAddressTable status columns it publishes (set/unset). Rows are
 * indexed (instance index, 1-based position) and (0, position) for static ones, as the loader
 * builds them. Loop only.
 */
public final class EngineRouting {
  private static final Logger LOG = LoggerFactory.getLogger(EngineRouting.class);

  /** Config tables whose change means the static configuration may have changed. */
  public static final Set<TableId<?, ?>> STATIC_TABLES =
      Set.of(Tables.VRRP_ROUTE, Tables.VRRP_RULE, Tables.VRRP_ADDRESS);

  private final ObjectStore store;
  private final RouteManager routes;
  private final RouteTranslator translator;
  private final StaticRouting statics;
  private final Map<Index, InstanceRouting> instances = new HashMap<>();

  public EngineRouting(ObjectStore store, RouteManager routes, AddressManager addresses,
      ToIntFunction<String> ifindexOf) {
    this.store = store;
    this.routes = routes;
    this.translator = new RouteTranslator(ifindexOf);
    this.statics = new StaticRouting(routes, addresses, translator, ifindexOf);
  }

  /**
   * The routing of a starting instance (row index {@code instance}): removes what a previous
   * daemon may have left of its routes and rules, as keepalived does at startup.
   */
  public InstanceRouting attach(Index instance, VrrpInstanceConfig row) {
    InstanceRouting old = instances.remove(instance);
    if (old != null) {
      old.remove();
    }
    InstanceRouting r = new InstanceRouting(row.name(), routes, routeSlots(row.name(),
        row.virtualRoutes()), ruleSlots(row.name(), row.virtualRules()), "Virtual Routes",
        "Virtual Rules");
    r.untrack(noTrack(row));
    r.removeStale();
    instances.put(instance, r);
    return r;
  }

  /** A reload changed the instance's row: a master swaps the routes and rules that changed. */
  public void update(Index instance, VrrpInstanceConfig row, boolean master) {
    InstanceRouting r = instances.get(instance);
    if (r != null) {
      r.untrack(noTrack(row));
      r.update(routeSlots(row.name(), row.virtualRoutes()),
          ruleSlots(row.name(), row.virtualRules()), master);
    }
  }

  /** The instance is gone: its routes and rules go too. */
  public void detach(Index instance) {
    InstanceRouting r = instances.remove(instance);
    if (r != null) {
      r.remove();
    }
  }

  /** Installs the static addresses, routes and rules from the store's rows. */
  public void startStatics() {
    statics.apply(store.snapshot(), true);
    publish();
  }

  /** Applies a reload of the static rows (only what changed is touched). */
  public void reloadStatics() {
    statics.apply(store.snapshot(), true);
    publish();
  }

  /**
   * The daemon stops: every instance's routes and rules, then the static ones, are removed
   * (keepalived 2.2.7 removes its static addresses, routes and rules on exit too).
   */
  public void shutdown() {
    instances.values().forEach(InstanceRouting::remove);
    statics.removeAll();
    publish();
  }

  /**
   * Follows route, rule and address deletions (on {@code loop}): static entries someone deletes
   * are restored, and an instance losing one of its installed virtual routes or rules (not
   * {@code no_track}) is handed to {@code leaveMaster}, as keepalived does. Close the handle to
   * stop.
   */
  public AutoCloseable follow(LinkMonitor links, Executor loop, Consumer<Index> leaveMaster)
      throws IOException {
    AutoCloseable r = routes.subscribe(new RouteListener() {
      @Override
      public void routeChanged(boolean added, KernelRoute route) {
        if (!added) {
          loop.execute(() -> {
            statics.routeDeleted(route);
            instances.forEach((i, ir) -> {
              if (ir.lostRoute(route)) {
                LOG.info("({}) virtual route {} deleted: leaving MASTER", i, route);
                leaveMaster.accept(i);
              }
            });
            publish(); // restored statics are set again, a deleted no_track route is unset
          });
        }
      }

      @Override
      public void ruleChanged(boolean added, KernelRule rule) {
        if (!added) {
          loop.execute(() -> {
            statics.ruleDeleted(rule);
            instances.forEach((i, ir) -> {
              if (ir.lostRule(rule)) {
                LOG.info("({}) virtual rule {} deleted: leaving MASTER", i, rule);
                leaveMaster.accept(i);
              }
            });
            publish();
          });
        }
      }
    });
    AutoCloseable a = links.subscribe(new RtnlListener() {
      @Override
      public void addressChanged(AddressEvent e) {
        if (e.kind() == AddressEvent.Kind.REMOVED) {
          loop.execute(() -> restored(statics.addressDeleted(e.address())));
        }
      }
    });
    return () -> {
      r.close();
      a.close();
    };
  }

  /**
   * Interface {@code ifindex} is up again: the static addresses on it and static routes through
   * it are re-added (the kernel removes such routes while the link is down without telling us).
   */
  public void interfaceUp(int ifindex) {
    restored(statics.interfaceUp(ifindex));
  }

  private void restored(boolean any) {
    if (any) {
      publish();
    }
  }

  /** Publishes the status columns that changed, in one ENGINE transaction. */
  public void publish() {
    StoreSnapshot s = store.snapshot();
    Transaction[] tx = {null};
    Map<Index, Boolean> routeRows = new HashMap<>();
    Map<Index, Boolean> ruleRows = new HashMap<>();
    instances.forEach((i, r) -> {
      r.routeStatus().forEach((pos, set) -> routeRows.put(Index.of(i.get(0), pos), set));
      r.ruleStatus().forEach((pos, set) -> ruleRows.put(Index.of(i.get(0), pos), set));
    });
    statics.routeStatus().forEach((pos, set) -> routeRows.put(Index.of(0, pos), set));
    statics.ruleStatus().forEach((pos, set) -> ruleRows.put(Index.of(0, pos), set));
    routeRows.forEach((i, set) -> put(s, tx, Tables.VRRP_ROUTE, i, status(set)));
    ruleRows.forEach((i, set) -> put(s, tx, Tables.VRRP_RULE, i, status(set)));
    statics.addressStatus().forEach((pos, st) -> put(s, tx, Tables.VRRP_ADDRESS, Index.of(0, pos),
        st));
    if (tx[0] != null) {
      try {
        tx[0].commit();
      } catch (RuntimeException e) {
        LOG.warn("publishing route and rule status failed: {}", e.getMessage());
      }
    }
  }

  /** The routes an instance has installed (tests, the data dump). */
  public List<KernelRoute> installedRoutes(Index instance) {
    InstanceRouting r = instances.get(instance);
    return r == null ? List.of() : r.installedRoutes();
  }

  private <S> void put(StoreSnapshot s, Transaction[] tx, TableId<?, S> table, Index i, S state) {
    if (s.config(table, i).isEmpty() || s.state(table, i).equals(Optional.of(state))) {
      return;
    }
    if (tx[0] == null) {
      tx[0] = store.begin(Origin.ENGINE);
    }
    tx[0].putState(table, i, state);
  }

  private static AddressStatus status(boolean set) {
    return set ? AddressStatus.SET : AddressStatus.UNSET;
  }

  static VrrpAddressState addressState(boolean set, int ifindex) {
    return new VrrpAddressState(status(set), Math.max(0, ifindex));
  }

  /** The kernel objects of the row's {@code no_track} routes and rules. */
  private java.util.Set<Object> noTrack(VrrpInstanceConfig row) {
    java.util.Set<Object> out = new java.util.HashSet<>();
    row.virtualRoutes().stream().filter(VirtualRoute::noTrack)
        .forEach(v -> translator.route(v).ifPresent(out::add));
    row.virtualRules().stream().filter(VirtualRule::noTrack)
        .forEach(v -> translator.rule(v).ifPresent(out::add));
    return out;
  }

  List<KernelObjects.Slot<KernelRoute>> routeSlots(String owner, List<VirtualRoute> list) {
    List<KernelObjects.Slot<KernelRoute>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Optional<KernelRoute> k = translator.route(list.get(i));
      if (k.isPresent()) {
        out.add(new KernelObjects.Slot<>(i + 1, k.get()));
      } else {
        LOG.warn("({}) route {} names an interface that does not exist: not installed", owner,
            list.get(i).destination());
      }
    }
    return out;
  }

  List<KernelObjects.Slot<KernelRule>> ruleSlots(String owner, List<VirtualRule> list) {
    List<KernelObjects.Slot<KernelRule>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Optional<KernelRule> k = translator.rule(list.get(i));
      if (k.isPresent()) {
        out.add(new KernelObjects.Slot<>(i + 1, k.get()));
      } else {
        LOG.warn("({}) rule {} has an action jkeepalived cannot set: not installed", owner,
            i + 1);
      }
    }
    return out;
  }
}

package org.jkeepalived.conf.load;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpNextHopRow;
import org.jkeepalived.mibs.model.VrrpRouteRow;
import org.jkeepalived.mibs.model.VrrpRuleRow;
import org.jkeepalived.mibs.model.VrrpTrackedRow;
import org.jkeepalived.mibs.store.Index;

/** Derives the child rows of instances and sync groups (addresses, routes, rules, trackers). */
final class VrrpRows {
  final Map<Index, VrrpAddressRow> addresses = new LinkedHashMap<>();
  final Map<Index, VrrpRouteRow> routes = new LinkedHashMap<>();
  final Map<Index, VrrpNextHopRow> nextHops = new LinkedHashMap<>();
  final Map<Index, VrrpRuleRow> rules = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> trackedInterfaces = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> trackedScripts = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> trackedFiles = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> trackedProcesses = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> trackedBfds = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> syncInterfaces = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> syncScripts = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> syncFiles = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> syncProcesses = new LinkedHashMap<>();
  final Map<Index, VrrpTrackedRow> syncBfds = new LinkedHashMap<>();

  private final KeepalivedConfig config;
  private final HostInterfaces host;

  VrrpRows(KeepalivedConfig config, HostInterfaces host) {
    this.config = config;
    this.host = host;
  }

  /** Static addresses, routes and rules: keepalived lists them under instance index 0. */
  void statics() {
    addAddresses(0, config.statics().addresses(), null, VrrpAddressRow.Kind.STATIC, 1);
    addRoutes(0, config.statics().routes());
    addRules(0, config.statics().rules());
  }

  void instance(int index, VrrpInstanceConfig i) {
    int n = addAddresses(index, i.virtualAddresses(), i.interfaceName(), VrrpAddressRow.Kind.VIRTUAL, 1);
    addAddresses(index, i.excludedAddresses(), i.interfaceName(), VrrpAddressRow.Kind.EXCLUDED, n);
    addRoutes(index, i.virtualRoutes());
    addRules(index, i.virtualRules());
    VrrpInstanceConfig.Tracking t = i.tracking();
    byIfIndex(index, t.interfaces(), trackedInterfaces);
    numbered(index, t.scripts(), trackedScripts, this::scriptWeight);
    numbered(index, t.files(), trackedFiles, this::fileWeight);
    numbered(index, t.processes(), trackedProcesses, this::processWeight);
    numbered(index, t.bfds(), trackedBfds, this::bfdWeight);
  }

  void syncGroup(int index, VrrpSyncGroupConfig g) {
    byIfIndex(index, g.trackInterfaces(), syncInterfaces);
    numbered(index, g.trackScripts(), syncScripts, this::scriptWeight);
    numbered(index, g.trackFiles(), syncFiles, this::fileWeight);
    numbered(index, g.trackProcesses(), syncProcesses, this::processWeight);
    numbered(index, g.trackBfds(), syncBfds, this::bfdWeight);
  }

  private int addAddresses(
      int parent, List<VirtualAddress> list, String ifName, VrrpAddressRow.Kind kind, int first) {
    int n = first;
    for (VirtualAddress a : list) {
      String dev = a.dev() != null ? a.dev() : ifName;
      addresses.put(Index.of(parent, n++), new VrrpAddressRow(a, dev, kind));
    }
    return n;
  }

  private void addRoutes(int parent, List<VirtualRoute> list) {
    int n = 1;
    for (VirtualRoute r : list) {
      routes.put(Index.of(parent, n), new VrrpRouteRow(r));
      int h = 1;
      for (VirtualRoute.NextHop hop : r.nextHops()) {
        nextHops.put(Index.of(parent, n, h++), new VrrpNextHopRow(hop));
      }
      n++;
    }
  }

  private void addRules(int parent, List<VirtualRule> list) {
    int n = 1;
    for (VirtualRule r : list) {
      rules.put(Index.of(parent, n++), new VrrpRuleRow(r));
    }
  }

  /** Tracked interfaces are keyed by the interface's ifIndex; unknown interfaces have no row. */
  private void byIfIndex(int parent, List<TrackRef> refs, Map<Index, VrrpTrackedRow> out) {
    for (TrackRef r : refs) {
      int ifIndex = host.ifIndex(r.name());
      if (ifIndex > 0) {
        out.putIfAbsent(
            Index.of(parent, ifIndex),
            new VrrpTrackedRow(r.name(), r.weight() == null ? 0 : r.weight(), r.reverse()));
      }
    }
  }

  private void numbered(
      int parent, List<TrackRef> refs, Map<Index, VrrpTrackedRow> out,
      Function<String, Integer> defaultWeight) {
    int n = 1;
    for (TrackRef r : refs) {
      int w = r.weight() != null ? r.weight() : defaultWeight.apply(r.name());
      out.put(Index.of(parent, n++), new VrrpTrackedRow(r.name(), w, r.reverse()));
    }
  }

  private int scriptWeight(String name) {
    var s = config.vrrpScripts().get(name);
    return s == null ? 0 : s.weight();
  }

  private int fileWeight(String name) {
    var f = config.trackFiles().get(name);
    return f == null ? 0 : f.weight();
  }

  private int processWeight(String name) {
    var p = config.trackProcesses().get(name);
    return p == null ? 0 : p.weight();
  }

  private int bfdWeight(String name) {
    var b = config.bfdInstances().get(name);
    return b == null ? 0 : b.weight();
  }

  /** Index sub-identifiers of an address (one per octet), as RFC MIB indexes carry it. */
  static int[] octetSubIds(InetAddress a) {
    byte[] b = a.getAddress();
    int[] out = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] & 0xff;
    }
    return out;
  }
}

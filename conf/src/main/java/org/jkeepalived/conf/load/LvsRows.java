package org.jkeepalived.conf.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.LvsConfig;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.SorryServer;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServerGroup;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.config.lvs.VsgFwmark;
import org.jkeepalived.mibs.config.lvs.VsgRange;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerState;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VirtualServerGroupMemberRow;
import org.jkeepalived.mibs.model.VirtualServerState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * The LVS rows of a configuration. Indexes are 1-based in file order at start-up and stable by
 * identity across reloads: a group by its name, a virtual server by what its line names (address,
 * port and protocol; fwmark and family; or group and protocol), a real server by its address and
 * port within its virtual server (the sorry server by being the sorry server).
 */
final class LvsRows {
  final Map<Index, VirtualServerGroup> groups = new LinkedHashMap<>();
  final Map<Index, VirtualServerGroupMemberRow> members = new LinkedHashMap<>();
  final Map<Index, VirtualServerConfig> virtualServers = new LinkedHashMap<>();
  final Map<Index, RealServerRow> realServers = new LinkedHashMap<>();

  LvsRows(LvsConfig lvs, StoreSnapshot before) {
    Map<String, Integer> previous = new LinkedHashMap<>();
    before.configs(Tables.VIRTUAL_SERVER_GROUP).forEach((i, g) -> previous.put(g.name(), i.get(0)));
    Map<String, Integer> groupIdx =
        IndexAllocator.assign(previous, lvs.groups().stream().map(VirtualServerGroup::name).toList());
    for (VirtualServerGroup g : lvs.groups()) {
      int gi = groupIdx.get(g.name());
      groups.put(Index.of(gi), g);
      int n = 1;
      for (VirtualServerGroupMemberRow m : members(g)) {
        members.put(Index.of(gi, n++), m);
      }
    }

    Map<String, Integer> previousVs = new LinkedHashMap<>();
    before.configs(Tables.VIRTUAL_SERVER).forEach((i, v) -> previousVs.put(key(v), i.get(0)));
    Map<String, Integer> vsIdx =
        IndexAllocator.assign(previousVs, lvs.virtualServers().stream().map(LvsRows::key).toList());
    // the previous real server indexes by virtual server, read in one pass: a pass per virtual
    // server made a reload of 1,000 x 10 servers walk 10 million rows (bench/lvs)
    Map<Integer, Map<String, Integer>> previousRs = new HashMap<>();
    before.configs(Tables.REAL_SERVER).forEach((i, r) ->
        previousRs.computeIfAbsent(i.get(0), k -> new LinkedHashMap<>()).put(key(r), i.get(1)));
    for (VirtualServerConfig v : lvs.virtualServers()) {
      int vi = vsIdx.get(key(v));
      virtualServers.put(Index.of(vi), v);
      realServers(previousRs.getOrDefault(vi, Map.of()), vi, v);
    }
  }

  /** keepalived's member order: the fwmarks, then the address entries, each in file order. */
  static List<VirtualServerGroupMemberRow> members(VirtualServerGroup g) {
    List<VirtualServerGroupMemberRow> out = new ArrayList<>();
    for (VsgFwmark f : g.fwmarks()) {
      out.add(VirtualServerGroupMemberRow.fwmark(f.mark()));
    }
    for (VsgRange r : g.ranges()) {
      out.add(r.isSingle()
          ? VirtualServerGroupMemberRow.address(r.first(), r.port())
          : VirtualServerGroupMemberRow.range(r.first(), r.last(), r.port()));
    }
    return out;
  }

  /** What identifies a virtual server across reloads. */
  static String key(VirtualServerConfig v) {
    String proto = v.protocol() == null ? "-" : v.protocol().name();
    if (v.id() instanceof VirtualServiceId.Address a) {
      return "ip " + a.address().getHostAddress() + " " + a.port() + " " + proto;
    } else if (v.id() instanceof VirtualServiceId.Fwmark f) {
      return "fwmark " + f.mark() + " " + v.family();
    }
    return "group " + ((VirtualServiceId.Group) v.id()).name() + " " + proto;
  }

  private static String key(RealServerRow r) {
    return r.sorry() ? "sorry" : r.address().getHostAddress() + " " + r.port();
  }

  /** The sorry server first, then the real servers, as keepalived lists them. */
  private void realServers(Map<String, Integer> previous, int vi, VirtualServerConfig v) {
    List<RealServerRow> rows = new ArrayList<>();
    SorryServer s = v.sorryServer();
    if (s != null) {
      int port = s.port() != 0 ? s.port() : port(v);
      rows.add(RealServerRow.sorryServer(s.address(), port, s.forwarding()));
    }
    for (RealServerConfig rs : v.realServers()) {
      rows.add(RealServerRow.of(rs));
    }
    Map<String, Integer> idx = IndexAllocator.assign(previous, rows.stream().map(LvsRows::key).toList());
    for (RealServerRow r : rows) {
      realServers.put(Index.of(vi, idx.get(key(r))), r);
    }
  }

  private static int port(VirtualServerConfig v) {
    return v.id() instanceof VirtualServiceId.Address a ? a.port() : 0;
  }

  /**
   * A real server before its checkers have run, as keepalived starts it: alive, unless it has
   * checkers that start failed ({@code alpha}), each of which counts as a failed check.
   */
  static RealServerState initialState(RealServerRow r) {
    long failed = 0;
    for (CheckerConfig c : r.config().checkers()) {
      if (startsFailed(c)) {
        failed++;
      }
    }
    return new RealServerState(failed > 0 ? RealServerStatus.DEAD : RealServerStatus.ALIVE, failed, IpvsStats.ZERO);
  }

  private static boolean startsFailed(CheckerConfig c) {
    if (c instanceof CheckerConfig.TcpCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.HttpGetCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.SslGetCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.SmtpCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.DnsCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.MiscCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.UdpCheck t) {
      return t.timing().alpha();
    } else if (c instanceof CheckerConfig.PingCheck t) {
      return t.timing().alpha();
    }
    return false;
  }

  /**
   * A virtual server before its checkers have run: its real servers' initial health, and quorum
   * met when the weights of the live ones reach {@code quorum} (keepalived's weigh_live_realservers
   * against quorum).
   */
  static VirtualServerState initialState(VirtualServerConfig v) {
    int up = 0;
    long weight = 0;
    for (RealServerConfig rs : v.realServers()) {
      if (initialState(RealServerRow.of(rs)).status() == RealServerStatus.ALIVE) {
        up++;
        weight += rs.weight();
      }
    }
    QuorumStatus q = weight >= v.quorum() ? QuorumStatus.MET : QuorumStatus.NOT_MET;
    return new VirtualServerState(q, up, v.realServers().size(), IpvsStats.ZERO);
  }
}

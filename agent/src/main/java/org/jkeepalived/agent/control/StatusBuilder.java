package org.jkeepalived.agent.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jkeepalived.agent.dump.InstanceView;
import org.jkeepalived.agent.engine.EngineReport;
import org.jkeepalived.agent.lvs.ForwarderGauge;
import org.jkeepalived.agent.metrics.ServerNames;
import org.jkeepalived.lvs.forward.ForwarderLoad;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.TableId;

/** Builds the {@link NodeStatus} of one store snapshot and the engine host's report. */
public final class StatusBuilder {
  private StatusBuilder() {}

  /** The status of a daemon that has opened no LVS dataplane. */
  public static NodeStatus build(StoreSnapshot s, List<EngineReport> engines, String version,
      long pid) {
    return build(s, engines, Optional.empty(), version, pid);
  }

  /**
   * The status with the LVS dataplane the checker engine opened ({@link ForwarderGauge}; empty
   * without one).
   */
  public static NodeStatus build(StoreSnapshot s, List<EngineReport> engines,
      Optional<ForwarderGauge.Dataplane> dataplane, String version, long pid) {
    String routerId = s.configs(Tables.GLOBAL).values().stream().findFirst()
        .map(g -> g.global().routerId()).orElse(null);
    List<NodeStatus.Instance> instances = new ArrayList<>();
    for (InstanceView v : InstanceView.of(s)) {
      instances.add(instance(s, v));
    }
    List<NodeStatus.SyncGroup> groups = new ArrayList<>();
    for (var e : s.configs(Tables.VRRP_SYNC_GROUP).entrySet()) {
      VrrpState st = s.state(Tables.VRRP_SYNC_GROUP, e.getKey()).map(VrrpSyncGroupState::state)
          .orElse(VrrpState.INIT);
      groups.add(new NodeStatus.SyncGroup(e.getValue().name(), InstanceView.stateName(st),
          e.getValue().members()));
    }
    List<NodeStatus.BfdSession> bfd = new ArrayList<>();
    for (var e : s.configs(Tables.BFD_SESS).entrySet()) {
      var c = e.getValue();
      var st = s.state(Tables.BFD_SESS, e.getKey());
      bfd.add(new NodeStatus.BfdSession(c.name(), IpText.format(c.neighbor()),
          c.source() == null ? null : IpText.format(c.source()),
          st.map(x -> x.state().mibName()).orElse("down"),
          st.map(x -> x.diag().mibName()).orElse(null), st.map(x -> x.upCount()).orElse(0L)));
    }
    List<NodeStatus.Engine> hosted = engines.stream().map(r -> new NodeStatus.Engine(
        r.subsystem().name(), r.health().status().name(), r.health().detail(), r.restarts()))
        .toList();
    return new NodeStatus(version, pid, routerId, instances, groups, virtualServers(s), bfd,
        hosted, dataplane.map(StatusBuilder::dataplane).orElse(null));
  }

  private static NodeStatus.Dataplane dataplane(ForwarderGauge.Dataplane d) {
    if (!d.userspace()) {
      return new NodeStatus.Dataplane(NodeStatus.Dataplane.IPVS, null);
    }
    ForwarderLoad l = d.load();
    return new NodeStatus.Dataplane(NodeStatus.Dataplane.USERSPACE, new NodeStatus.Forwarder(
        d.maxConnections(), l.connections(), l.refused(), l.bufferedBytes(), l.udpFlows(),
        l.udpEvicted(), l.udpDropped(), l.idleClosed()));
  }

  private static NodeStatus.Instance instance(StoreSnapshot s, InstanceView v) {
    VrrpInstanceConfig c = v.config();
    boolean set = v.state().vipsStatus() == VipsStatus.ALL_SET;
    List<String> vips = new ArrayList<>();
    for (VirtualAddress a : c.virtualAddresses()) {
      vips.add(InstanceView.vip(a, c.interfaceName(), set));
    }
    List<NodeStatus.Tracker> trackers = new ArrayList<>();
    c.tracking().interfaces().forEach(t -> trackers.add(
        new NodeStatus.Tracker("interface", t.name(), null)));
    Map<String, Boolean> scripts = byName(s, Tables.VRRP_SCRIPT, x -> x.name(),
        st -> st.result() == ScriptResult.GOOD ? Boolean.TRUE
            : st.result() == ScriptResult.BAD ? Boolean.FALSE : null);
    add(trackers, "script", c.tracking().scripts(), scripts);
    add(trackers, "file", c.tracking().files(),
        byName(s, Tables.VRRP_FILE, x -> x.name(), TrackerState::up));
    add(trackers, "process", c.tracking().processes(),
        byName(s, Tables.VRRP_PROCESS, x -> x.name(), TrackerState::up));
    add(trackers, "bfd", c.tracking().bfds(),
        byName(s, Tables.VRRP_BFD, x -> x.name(), TrackerState::up));
    String master = v.state().state() == VrrpState.MASTER ? "this router"
        : Optional.ofNullable(v.state().masterAddress()).map(IpText::format).orElse(null);
    return new NodeStatus.Instance(c.name(), c.interfaceName(), c.virtualRouterId(), c.version(),
        InstanceView.stateName(v.state().state()), InstanceView.stateName(v.state().wantedState()),
        c.priority(), v.state().effectivePriority(), master, set, vips, trackers, v.syncGroup(),
        v.state().stats().becomeMaster(), v.state().stats().advertiseRcvd());
  }

  private static void add(List<NodeStatus.Tracker> out, String type, List<TrackRef> refs,
      Map<String, Boolean> up) {
    refs.forEach(t -> out.add(new NodeStatus.Tracker(type, t.name(), up.get(t.name()))));
  }

  /** Name to verdict of a tracker table's rows (a row with no state yet is left out). */
  private static <C, S> Map<String, Boolean> byName(StoreSnapshot s, TableId<C, S> table,
      Function<C, String> name, Function<S, Boolean> up) {
    Map<String, Boolean> out = new java.util.HashMap<>();
    for (Map.Entry<Index, C> e : s.configs(table).entrySet()) {
      s.state(table, e.getKey()).ifPresent(st -> {
        Boolean b = up.apply(st);
        if (b != null) {
          out.put(name.apply(e.getValue()), b);
        }
      });
    }
    return out;
  }

  private static List<NodeStatus.VirtualServer> virtualServers(StoreSnapshot s) {
    List<NodeStatus.VirtualServer> out = new ArrayList<>();
    for (var e : s.configs(Tables.VIRTUAL_SERVER).entrySet()) {
      int vsIndex = e.getKey().get(0);
      List<NodeStatus.RealServer> reals = new ArrayList<>();
      for (var r : s.configs(Tables.REAL_SERVER).entrySet()) {
        if (r.getKey().get(0) != vsIndex) {
          continue;
        }
        RealServerRow row = r.getValue();
        var st = s.state(Tables.REAL_SERVER, r.getKey());
        reals.add(new NodeStatus.RealServer(ServerNames.realServer(row), row.weight(), row.sorry(),
            st.map(x -> x.status().mibName()).orElse(null),
            st.map(x -> x.failedChecks()).orElse(0L)));
      }
      var vs = s.state(Tables.VIRTUAL_SERVER, e.getKey());
      out.add(new NodeStatus.VirtualServer(ServerNames.virtualServer(e.getValue()),
          vs.map(x -> x.quorumStatus().mibName()).orElse(null),
          vs.map(x -> x.realServersUp()).orElse(0),
          vs.map(x -> x.realServersTotal()).orElse(reals.size()), reals));
    }
    return out;
  }
}

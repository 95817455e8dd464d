package org.jkeepalived.agent.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The human form of {@link NodeStatus}, laid out as FRR's {@code show vrrp} (one block of
 * "Name   value" lines per instance) and {@code show bfd peers}. New blocks are added after the
 * ones before them, never inside: scripts parse the blocks they know.
 */
public final class StatusText {
  private static final int KEY = 28;

  private StatusText() {}

  public static String render(NodeStatus s) {
    StringBuilder b = new StringBuilder();
    b.append(s.version()).append(", pid ").append(s.pid());
    if (s.routerId() != null) {
      b.append(", router_id ").append(s.routerId());
    }
    b.append("\n");
    for (NodeStatus.Engine e : s.engines()) {
      b.append("  engine ").append(e.subsystem().toLowerCase(java.util.Locale.ROOT)).append(": ")
          .append(e.status()).append(e.restarts() > 0 ? " (" + e.restarts() + " restarts)" : "")
          .append(e.detail() == null || e.detail().isEmpty() ? "" : " - " + e.detail())
          .append("\n");
    }
    if (s.instances().isEmpty()) {
      b.append("\nNo VRRP instances.\n");
    }
    for (NodeStatus.Instance i : s.instances()) {
      instance(b, i);
    }
    for (NodeStatus.SyncGroup g : s.syncGroups()) {
      b.append("\nSync group ").append(g.name()).append("\n");
      line(b, "State", g.state());
      line(b, "Instances", String.join(", ", g.members()));
    }
    for (NodeStatus.VirtualServer v : s.virtualServers()) {
      b.append("\nVirtual server ").append(v.name()).append("\n");
      line(b, "Quorum", v.quorum() == null ? "unknown" : v.quorum());
      line(b, "Real servers up", v.realServersUp() + " of " + v.realServersTotal());
      for (NodeStatus.RealServer r : v.realServers()) {
        line(b, r.sorry() ? "  sorry server" : "  real server", r.name() + " weight " + r.weight()
            + " " + (r.status() == null ? "unchecked" : r.status())
            + (r.failedChecks() > 0 ? " (" + r.failedChecks() + " failed checks)" : ""));
      }
    }
    if (s.dataplane() != null) {
      dataplane(b, s.dataplane());
    }
    if (!s.bfdSessions().isEmpty()) {
      b.append("\nBFD Peers:\n");
      for (NodeStatus.BfdSession p : s.bfdSessions()) {
        b.append("\tpeer ").append(p.neighbor())
            .append(p.source() == null ? "" : " local-address " + p.source())
            .append(" (").append(p.name()).append(")\n");
        b.append("\t\tStatus: ").append(p.state()).append("\n");
        b.append("\t\tDiagnostics: ").append(p.diag() == null ? "none" : p.diag()).append("\n");
        b.append("\t\tTimes up: ").append(p.upCount()).append("\n");
      }
    }
    return b.toString();
  }

  private static void instance(StringBuilder b, NodeStatus.Instance i) {
    b.append("\nVRRP instance ").append(i.name()).append("\n");
    line(b, "Virtual Router ID", Integer.toString(i.vrid()));
    line(b, "Protocol Version", Integer.toString(i.version()));
    line(b, "Interface", i.intf() == null ? "-" : i.intf());
    line(b, "Status", i.state() + (i.wantedState().equals(i.state()) ? ""
        : " (wants " + i.wantedState() + ")"));
    line(b, "Priority", Integer.toString(i.basePriority()));
    line(b, "Effective Priority", Integer.toString(i.effectivePriority()));
    line(b, "Master", i.master() == null ? "unknown" : i.master());
    line(b, "Sync Group", i.syncGroup() == null ? "-" : i.syncGroup());
    line(b, "Became Master", Long.toString(i.becomeMaster()));
    line(b, "Advertisements Rx", Long.toString(i.advertisementsReceived()));
    line(b, "Addresses" + (i.vipsSet() ? " (set)" : ""), Integer.toString(i.vips().size()));
    list(b, i.vips());
    line(b, "Trackers", Integer.toString(i.trackers().size()));
    list(b, i.trackers().stream().map(t -> t.type() + " " + t.name() + " "
        + (t.up() == null ? "unknown" : t.up() ? "up" : "down")).collect(Collectors.toList()));
  }

  /** Which dataplane runs and, for the forwarder, its bound and gauges (none on kernel IPVS). */
  private static void dataplane(StringBuilder b, NodeStatus.Dataplane d) {
    NodeStatus.Forwarder f = d.forwarder();
    b.append("\nLVS dataplane ").append(NodeStatus.Dataplane.USERSPACE.equals(d.kind())
        ? "userspace forwarder" : NodeStatus.Dataplane.IPVS.equals(d.kind()) ? "kernel IPVS"
        : d.kind()).append("\n");
    if (f == null) {
      return;
    }
    line(b, "Connection limit", Integer.toString(f.maxConnections()));
    line(b, "Connections", Integer.toString(f.connections()));
    line(b, "Refused at limit", Long.toString(f.refused()));
    line(b, "Buffered bytes", Long.toString(f.bufferedBytes()));
    line(b, "UDP flows", Integer.toString(f.udpFlows()));
    line(b, "UDP flows evicted", Long.toString(f.udpEvicted()));
    line(b, "UDP datagrams dropped", Long.toString(f.udpDropped()));
    line(b, "Idle closed", Long.toString(f.idleClosed()));
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(' ').append(key);
    for (int n = key.length(); n < KEY; n++) {
      b.append(' ');
    }
    b.append(' ').append(value).append('\n');
  }

  private static void list(StringBuilder b, List<String> items) {
    for (String item : items) {
      line(b, " " + ".".repeat(KEY - 2), item);
    }
  }
}

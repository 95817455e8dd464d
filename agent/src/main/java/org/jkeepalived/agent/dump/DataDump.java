package org.jkeepalived.agent.dump;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jkeepalived.linux.proc.CommandLine;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived's data dump ({@code /tmp/keepalived.data}, written on SIGUSR1): the "VRRP Topology"
 * and "VRRP Sync groups" sections, with keepalived 2.2.7's headings and line layout for what the
 * store holds. keepalived's other sections (global definitions, socket pool, interfaces, track
 * objects) and its internal counters are not reproduced.
 */
final class DataDump {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss", Locale.ROOT);

  private DataDump() {}

  static String render(StoreSnapshot snapshot, ZoneId zone) {
    StringBuilder sb = new StringBuilder("------< VRRP Topology >------\n");
    for (InstanceView v : InstanceView.of(snapshot)) {
      instance(sb, v, zone);
    }
    Map<Index, VrrpSyncGroupConfig> groups = snapshot.configs(Tables.VRRP_SYNC_GROUP);
    if (!groups.isEmpty()) {
      sb.append("------< VRRP Sync groups >------\n");
      groups.forEach((i, g) -> group(sb, g,
          snapshot.state(Tables.VRRP_SYNC_GROUP, i).map(VrrpSyncGroupState::state).orElse(VrrpState.INIT)));
    }
    return sb.toString();
  }

  private static void instance(StringBuilder sb, InstanceView v, ZoneId zone) {
    VrrpInstanceConfig c = v.config();
    VrrpInstanceState s = v.state();
    var b = c.behaviour();
    var g = c.garp();
    line(sb, 1, "VRRP Instance = " + c.name());
    line(sb, 3, "VRRP Version = " + c.version());
    if (v.syncGroup() != null) {
      line(sb, 3, "Sync group = " + v.syncGroup());
    }
    line(sb, 3, "State = " + InstanceView.stateName(s.state()));
    line(sb, 3, "Wantstate = " + InstanceView.stateName(s.wantedState()));
    if (s.upSince() != null) {
      line(sb, 3, "Last transition = " + transition(s.upSince(), zone));
    }
    line(sb, 3, "Interface = " + c.interfaceName());
    if (s.masterAddress() != null) {
      line(sb, 3, "Master router = " + s.masterAddress().getHostAddress());
    }
    line(sb, 3, "Gratuitous ARP delay = " + g.masterDelay().toSeconds());
    line(sb, 3, "Gratuitous ARP repeat = " + g.masterRepeat());
    line(sb, 3, "Gratuitous ARP refresh = " + g.masterRefresh().toSeconds());
    line(sb, 3, "Gratuitous ARP refresh repeat = " + g.masterRefreshRepeat());
    line(sb, 3, "Gratuitous ARP lower priority delay = " + g.lowerPrioDelay().toSeconds());
    line(sb, 3, "Gratuitous ARP lower priority repeat = " + g.lowerPrioRepeat());
    line(sb, 3, "Down timer adverts = " + b.downTimerAdverts());
    line(sb, 3, "Virtual Router ID = " + c.virtualRouterId());
    line(sb, 3, "Priority = " + c.priority());
    line(sb, 3, "Effective priority = " + s.effectivePriority());
    line(sb, 3, "Advert interval = " + interval(c));
    line(sb, 3, "Accept = " + (b.accept() ? "enabled" : "disabled"));
    line(sb, 3, "Preempt = " + (b.preempt() ? "enabled" : "disabled"));
    if (b.preempt() && b.preemptDelay() != null && !b.preemptDelay().isZero()) {
      line(sb, 3, "Preempt delay = " + b.preemptDelay().toSeconds() + " secs");
    }
    line(sb, 3, "Promote_secondaries = " + (b.promoteSecondaries() ? "enabled" : "disabled"));
    line(sb, 3, "Authentication type = " + authType(c));
    addresses(sb, "Virtual IP", c, c.virtualAddresses(), s.vipsStatus() == VipsStatus.ALL_SET);
    addresses(sb, "Virtual IP Excluded", c, c.excludedAddresses(), s.vipsStatus() == VipsStatus.ALL_SET);
    List<TrackRef> ifs = c.tracking().interfaces();
    if (!ifs.isEmpty()) {
      line(sb, 3, "Tracked interfaces :");
      ifs.forEach(t -> line(sb, 5, t.name() + (t.weight() == null ? "" : " weight " + t.weight())));
    }
    line(sb, 3, "Using smtp notification = " + (Boolean.TRUE.equals(b.smtpAlert()) ? "yes" : "no"));
    VrrpNotify n = c.notifyScripts() == null ? VrrpNotify.NONE : c.notifyScripts();
    line(sb, 3, "Notify deleted = " + (n.notifyDeleted() ? "Deleted" : "Fault"));
    scripts(sb, n);
    line(sb, 3, "Notify priority changes = " + b.notifyPriorityChanges());
  }

  private static void group(StringBuilder sb, VrrpSyncGroupConfig g, VrrpState state) {
    line(sb, 1, "VRRP Sync Group = " + g.name() + ", " + InstanceView.stateName(state));
    line(sb, 3, "VRRP member instances :");
    g.members().forEach(m -> line(sb, 5, m));
    line(sb, 3, "Using smtp notification = " + (Boolean.TRUE.equals(g.smtpAlert()) ? "yes" : "no"));
    scripts(sb, g.notifyScripts() == null ? VrrpNotify.NONE : g.notifyScripts());
  }

  private static void scripts(StringBuilder sb, VrrpNotify n) {
    script(sb, "Backup state transition script", n.backup());
    script(sb, "Master state transition script", n.master());
    script(sb, "Fault state transition script", n.fault());
    script(sb, "Stop state transition script", n.stop());
    script(sb, "Deleted state transition script", n.deleted());
    script(sb, "Generic state transition script", n.any());
    script(sb, "Master receive lower priority script", n.masterRxLowerPri());
  }

  private static void script(StringBuilder sb, String what, ScriptSpec s) {
    if (s != null) {
      // keepalived prints the resolved uid:gid; the store holds the names given, if any
      String who = s.user() == null ? "" : ", user " + s.user() + (s.group() == null ? "" : ":" + s.group());
      line(sb, 3, what + " = " + CommandLine.shellString(s.command()) + who);
    }
  }

  private static void addresses(StringBuilder sb, String what, VrrpInstanceConfig c,
      List<VirtualAddress> list, boolean set) {
    if (list.isEmpty()) {
      return;
    }
    line(sb, 3, what + " (" + list.size() + "):");
    list.forEach(a -> line(sb, 5, InstanceView.vip(a, c.interfaceName(), set)));
  }

  private static String interval(VrrpInstanceConfig c) {
    long ms = c.advertInterval().toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " sec" : ms + " milli-sec";
  }

  private static String authType(VrrpInstanceConfig c) {
    if (c.authentication() == null) {
      return "none";
    }
    return switch (c.authentication().type()) {
      case NONE -> "none";
      case PASS -> "SIMPLE_PASSWORD";
      case AH -> "IPSEC_AH";
    };
  }

  /** {@code 1795438005.128667 (Mon Nov 23 12:46:45.128667 2026)} as keepalived prints it. */
  static String transition(Instant t, ZoneId zone) {
    var z = t.atZone(zone);
    return String.format(Locale.ROOT, "%d.%06d (%s.%06d %d)", t.getEpochSecond(), t.getNano() / 1000,
        TIME.format(z), t.getNano() / 1000, z.getYear());
  }

  private static void line(StringBuilder sb, int indent, String text) {
    sb.append(" ".repeat(indent)).append(text).append('\n');
  }
}

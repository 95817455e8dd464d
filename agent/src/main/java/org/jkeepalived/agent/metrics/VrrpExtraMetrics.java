package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import org.jkeepalived.agent.dump.InstanceView;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.TrackerState;
import org.jkeepalived.mibs.model.VrrpRouterStats;
import org.jkeepalived.mibs.model.VrrpState;
import org.jkeepalived.mibs.model.VrrpSyncGroupState;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * VRRP metrics keepalived-exporter lacks, named {@code jkeepalived_*} so they never clash with
 * its: the effective priority, sync group states, the router-wide error counters of VRRP-MIB
 * (vrrpRouterChecksumErrors, vrrpRouterVersionErrors, vrrpRouterVrIdErrors) and the track_file
 * and track_process verdicts.
 */
final class VrrpExtraMetrics {
  private VrrpExtraMetrics() {}

  static void collect(StoreSnapshot s, List<MetricSnapshot> out) {
    Family prio = Family.gauge("jkeepalived_vrrp_effective_priority",
        "Priority the instance advertises, after trackers", "iname", "intf", "vrid");
    for (InstanceView v : InstanceView.of(s)) {
      prio.add(v.state().effectivePriority(), v.config().name(), v.config().interfaceName(),
          Integer.toString(v.config().virtualRouterId()));
    }
    prio.addTo(out);

    Family groups = Family.gauge("jkeepalived_vrrp_sync_group_state",
        "State of the sync group (INIT 0, BACKUP 1, MASTER 2, FAULT 3)", "name");
    for (var e : s.configs(Tables.VRRP_SYNC_GROUP).entrySet()) {
      VrrpState st = s.state(Tables.VRRP_SYNC_GROUP, e.getKey()).map(VrrpSyncGroupState::state)
          .orElse(VrrpState.INIT);
      groups.add(InstanceView.stateCode(st), e.getValue().name());
    }
    groups.addTo(out);

    VrrpRouterStats r = s.states(Tables.VRRP_ROUTER_STATS).values().stream().findFirst()
        .orElse(VrrpRouterStats.ZERO);
    Family.counter("jkeepalived_vrrp_checksum_errors",
        "VRRP packets received with a wrong checksum (vrrpRouterChecksumErrors)")
        .add(r.checksumErrors()).addTo(out);
    Family.counter("jkeepalived_vrrp_version_errors",
        "VRRP packets received with an unknown or wrong version (vrrpRouterVersionErrors)")
        .add(r.versionErrors()).addTo(out);
    Family.counter("jkeepalived_vrrp_vrid_errors",
        "VRRP packets received for a VRID not configured here (vrrpRouterVrIdErrors)")
        .add(r.vrIdErrors()).addTo(out);

    Family trackers = Family.gauge("jkeepalived_tracker_up",
        "Verdict of a track_file or track_process (1 up, 0 down)", "type", "name");
    for (var e : s.configs(Tables.VRRP_FILE).entrySet()) {
      s.state(Tables.VRRP_FILE, e.getKey()).ifPresent(
          t -> trackers.add(up(t), "file", e.getValue().name()));
    }
    for (var e : s.configs(Tables.VRRP_PROCESS).entrySet()) {
      s.state(Tables.VRRP_PROCESS, e.getKey()).ifPresent(
          t -> trackers.add(up(t), "process", e.getValue().name()));
    }
    trackers.addTo(out);
  }

  private static double up(TrackerState t) {
    return t.up() ? 1 : 0;
  }
}

package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * BFD sessions (BFD-STD-MIB bfdSessTable) and LVS checker verdicts (KEEPALIVED-MIB
 * virtualServerTable, realServerTable), which keepalived-exporter has no metrics for. A row whose
 * engine has published no state yet has no sample.
 */
final class BfdLvsMetrics {
  private BfdLvsMetrics() {}

  static void collect(StoreSnapshot s, List<MetricSnapshot> out) {
    bfd(s, out);
    lvs(s, out);
  }

  private static void bfd(StoreSnapshot s, List<MetricSnapshot> out) {
    String[] labels = {"name", "neighbor"};
    Family state = Family.gauge("jkeepalived_bfd_session_state",
        "bfdSessState: adminDown 1, down 2, init 3, up 4", labels);
    Family up = Family.gauge("jkeepalived_bfd_session_up", "1 when the session is up", labels);
    Family ups = Family.counter("jkeepalived_bfd_session_ups",
        "Times the session went up (bfdSessPerfSessUpCount)", labels);
    Family in = Family.counter("jkeepalived_bfd_control_packets_received",
        "BFD control packets received (bfdSessPerfCtrlPktIn)", labels);
    Family sent = Family.counter("jkeepalived_bfd_control_packets_sent",
        "BFD control packets sent (bfdSessPerfCtrlPktOut)", labels);
    Family drop = Family.counter("jkeepalived_bfd_control_packets_dropped",
        "BFD control packets dropped (bfdSessPerfCtrlPktDrop)", labels);
    for (var e : s.configs(Tables.BFD_SESS).entrySet()) {
      BfdInstanceConfig c = e.getValue();
      String[] l = {c.name(), IpText.format(c.neighbor())};
      s.state(Tables.BFD_SESS, e.getKey()).ifPresent((BfdSessState st) -> {
        state.add(st.state().code(), l);
        up.add(st.state() == BfdState.UP ? 1 : 0, l);
        ups.add(st.upCount(), l);
        in.add(st.ctrlPktIn(), l);
        sent.add(st.ctrlPktOut(), l);
        drop.add(st.ctrlPktDrop(), l);
      });
    }
    for (Family f : new Family[] {state, up, ups, in, sent, drop}) {
      f.addTo(out);
    }
  }

  private static void lvs(StoreSnapshot s, List<MetricSnapshot> out) {
    Family quorum = Family.gauge("jkeepalived_virtual_server_quorum_up",
        "1 when the virtual server's quorum is met", "virtual_server");
    Family alive = Family.gauge("jkeepalived_virtual_server_real_servers_up",
        "Real servers whose checkers say alive", "virtual_server");
    Family total = Family.gauge("jkeepalived_virtual_server_real_servers",
        "Real servers configured (virtualServerRealServersTotal)", "virtual_server");
    var servers = s.configs(Tables.VIRTUAL_SERVER);
    for (var e : servers.entrySet()) {
      String vs = ServerNames.virtualServer(e.getValue());
      s.state(Tables.VIRTUAL_SERVER, e.getKey()).ifPresent(st -> {
        quorum.add(st.quorumStatus() == QuorumStatus.MET ? 1 : 0, vs);
        alive.add(st.realServersUp(), vs);
        total.add(st.realServersTotal(), vs);
      });
    }
    String[] labels = {"virtual_server", "real_server"};
    Family rsUp = Family.gauge("jkeepalived_real_server_up",
        "Checker verdict: 1 alive, 0 dead", labels);
    Family failed = Family.gauge("jkeepalived_real_server_failed_checks",
        "Checkers of the real server failing now (realServerFailedChecks)", labels);
    Family weight = Family.gauge("jkeepalived_real_server_weight", "Weight of the real server",
        labels);
    for (var e : s.configs(Tables.REAL_SERVER).entrySet()) {
      RealServerRow rs = e.getValue();
      VirtualServerConfig vsc = servers.get(Index.of(e.getKey().get(0)));
      String[] l = {vsc == null ? "" : ServerNames.virtualServer(vsc), ServerNames.realServer(rs)};
      weight.add(rs.weight(), l);
      s.state(Tables.REAL_SERVER, e.getKey()).ifPresent(st -> {
        rsUp.add(st.status() == RealServerStatus.ALIVE ? 1 : 0, l);
        failed.add(st.failedChecks(), l);
      });
    }
    for (Family f : new Family[] {quorum, alive, total, rsUp, failed, weight}) {
      f.addTo(out);
    }
  }
}

package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.net.InetAddress;
import java.util.List;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.IpvsStats;
import org.jkeepalived.mibs.model.RealServerRow;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * keepalived-exporter's LVS families, from the IPVS counters the LVS engine publishes (kernel
 * IPVS or the userspace forwarder) rather than from a netlink dump of its own: {@code
 * keepalived_lvs_vip_*} per virtual service and {@code keepalived_lvs_rs_*} per destination,
 * labelled {@code addr} ("address:port", as Go prints an IP) and {@code proto} ("TCP", "UDP",
 * "SCTP"; empty for a fwmark service, whose addr is "fwmark N"). The exporter declares them as
 * counters without "_total"; the Java client appends "_total" to every counter, so they are typed
 * gauges here to keep the names dashboards query (rate() reads a gauge all the same). Plus the
 * connection gauges the exporter lacks (realServerActiveConns, realServerInactiveConns).
 */
final class LvsMetrics {
  private LvsMetrics() {}

  static void collect(StoreSnapshot s, List<MetricSnapshot> out) {
    String[] labels = {"addr", "proto"};
    Family vipInPkts = Family.gauge("keepalived_lvs_vip_in_packets", "VIP in packets", labels);
    Family vipOutPkts = Family.gauge("keepalived_lvs_vip_out_packets", "VIP out packets", labels);
    Family vipInBytes = Family.gauge("keepalived_lvs_vip_in_bytes", "VIP in bytes", labels);
    Family vipOutBytes = Family.gauge("keepalived_lvs_vip_out_bytes", "VIP out bytes", labels);
    Family vipConn = Family.gauge("keepalived_lvs_vip_conn", "VIP connections", labels);
    Family rsInPkts = Family.gauge("keepalived_lvs_rs_in_packets", "RS in packets", labels);
    Family rsOutPkts = Family.gauge("keepalived_lvs_rs_out_packets", "RS out packets", labels);
    Family rsInBytes = Family.gauge("keepalived_lvs_rs_in_bytes", "RS in bytes", labels);
    Family rsOutBytes = Family.gauge("keepalived_lvs_rs_out_bytes", "RS out bytes", labels);
    Family rsConn = Family.gauge("keepalived_lvs_rs_conn", "RS connections", labels);
    String[] rsLabels = {"virtual_server", "real_server"};
    Family active = Family.gauge("jkeepalived_real_server_active_connections",
        "Active connections to the real server (realServerActiveConns)", rsLabels);
    Family inactive = Family.gauge("jkeepalived_real_server_inactive_connections",
        "Inactive connections to the real server (realServerInactiveConns)", rsLabels);
    var servers = s.configs(Tables.VIRTUAL_SERVER);
    for (var e : servers.entrySet()) {
      VirtualServerConfig vs = e.getValue();
      String[] l = {vipAddr(vs), proto(vs)};
      s.state(Tables.VIRTUAL_SERVER, e.getKey()).ifPresent(st -> traffic(st.stats(), l,
          vipInPkts, vipOutPkts, vipInBytes, vipOutBytes, vipConn));
    }
    for (var e : s.configs(Tables.REAL_SERVER).entrySet()) {
      RealServerRow rs = e.getValue();
      VirtualServerConfig vs = servers.get(Index.of(e.getKey().get(0)));
      if (vs == null) {
        continue;
      }
      String[] l = {addr(rs.address(), rs.port()), proto(vs)};
      String[] named = {ServerNames.virtualServer(vs), ServerNames.realServer(rs)};
      s.state(Tables.REAL_SERVER, e.getKey()).ifPresent(st -> {
        traffic(st.stats(), l, rsInPkts, rsOutPkts, rsInBytes, rsOutBytes, rsConn);
        active.add(st.stats().activeConns(), named);
        inactive.add(st.stats().inactiveConns(), named);
      });
    }
    for (Family f : new Family[] {vipInPkts, vipOutPkts, vipInBytes, vipOutBytes, vipConn,
        rsInPkts, rsOutPkts, rsInBytes, rsOutBytes, rsConn, active, inactive}) {
      f.addTo(out);
    }
  }

  private static void traffic(IpvsStats st, String[] l, Family inPkts, Family outPkts,
      Family inBytes, Family outBytes, Family conns) {
    inPkts.add(st.inPkts(), l);
    outPkts.add(st.outPkts(), l);
    inBytes.add(st.inBytes(), l);
    outBytes.add(st.outBytes(), l);
    conns.add(st.conns(), l);
  }

  private static String vipAddr(VirtualServerConfig vs) {
    if (vs.id() instanceof VirtualServiceId.Address a) {
      return addr(a.address(), a.port());
    }
    return ServerNames.virtualServer(vs);
  }

  /** Go's IP.String() and the port: no brackets around an IPv6 address. */
  private static String addr(InetAddress a, int port) {
    return IpText.format(a) + ":" + port;
  }

  private static String proto(VirtualServerConfig vs) {
    return vs.protocol() == null ? "" : vs.protocol().name();
  }
}

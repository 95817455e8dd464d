package org.jkeepalived.agent.metrics;

import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jkeepalived.agent.dump.InstanceView;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpScriptConfig;
import org.jkeepalived.mibs.model.ScriptResult;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VipsStatus;
import org.jkeepalived.mibs.model.VrrpScriptState;
import org.jkeepalived.mibs.model.VrrpStats;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * The VRRP metrics of mehdy/keepalived-exporter, same names, labels and values, so that its Grafana
 * dashboards and alerts work unchanged: {@code keepalived_vrrp_state} per VIP (labels iname, intf
 * from the VIP's "dev", vrid, ip_address; state INIT 0, BACKUP 1, MASTER 2, FAULT 3), the per
 * instance counters of keepalived's stats dump (labels iname, intf, vrid) and {@code
 * keepalived_script_status} (BAD 0, GOOD 1). advertisements_sent reaches the store at most 5 s
 * late on a master that nothing else makes publish (InstanceRuntime.SENT_COUNT_PUBLISH_INTERVAL).
 */
final class VrrpMetrics {
  private VrrpMetrics() {}

  private static final String[] COMMON = {"iname", "intf", "vrid"};
  private static final String[] PER_VIP = {"iname", "intf", "vrid", "ip_address"};

  /** One per-instance counter of the exporter: its name without "_total", help, value. */
  private record Counter(String name, String help, ToLongFunction<VrrpStats> value) {}

  private static final List<Counter> COUNTERS = List.of(
      new Counter("keepalived_advertisements_received", "Advertisements received",
          VrrpStats::advertiseRcvd),
      new Counter("keepalived_advertisements_sent", "Advertisements sent",
          VrrpStats::advertiseSent),
      new Counter("keepalived_become_master", "Became master", VrrpStats::becomeMaster),
      new Counter("keepalived_release_master", "Released master", VrrpStats::releaseMaster),
      new Counter("keepalived_packet_length_errors", "Packet length errors",
          VrrpStats::packetLengthErrors),
      new Counter("keepalived_advertisements_interval_errors", "Advertisement interval errors",
          VrrpStats::advertiseIntervalErrors),
      new Counter("keepalived_ip_ttl_errors", "TTL errors", VrrpStats::ipTtlErrors),
      new Counter("keepalived_invalid_type_received", "Invalid type errors",
          VrrpStats::invalidTypePktsRcvd),
      new Counter("keepalived_address_list_errors", "Address list errors",
          VrrpStats::addressListErrors),
      new Counter("keepalived_authentication_invalid", "Authentication invalid",
          VrrpStats::invalidAuthType),
      new Counter("keepalived_authentication_mismatch", "Authentication mismatch",
          VrrpStats::authTypeMismatch),
      new Counter("keepalived_authentication_failure", "Authentication failure",
          VrrpStats::authFailures),
      new Counter("keepalived_priority_zero_received", "Priority zero received",
          VrrpStats::priorityZeroPktsRcvd),
      new Counter("keepalived_priority_zero_sent", "Priority zero sent",
          VrrpStats::priorityZeroPktsSent));

  static void collect(StoreSnapshot s, List<MetricSnapshot> out) {
    List<InstanceView> instances = InstanceView.of(s);
    states(instances, out);
    for (Counter c : COUNTERS) {
      Family f = Family.counter(c.name(), c.help(), COMMON);
      instances.forEach(v -> f.add(c.value().applyAsLong(v.state().stats()), common(v)));
      f.addTo(out);
    }
    Family garp = Family.counter("keepalived_gratuitous_arp_delay", "Gratuitous ARP delay",
        COMMON);
    instances.forEach(v -> garp.add(v.config().garp().masterDelay().toSeconds(), common(v)));
    garp.addTo(out);
    scripts(s, out);
  }

  /** As the exporter: one sample per VIP, or one with an empty ip_address for none. */
  private static void states(List<InstanceView> instances, List<MetricSnapshot> out) {
    Family state = Family.gauge("keepalived_vrrp_state", "State of vrrp", PER_VIP);
    Family excluded = Family.gauge("keepalived_vrrp_excluded_state",
        "State of vrrp with excluded VIP", PER_VIP);
    for (InstanceView v : instances) {
      double code = InstanceView.stateCode(v.state().state());
      List<VirtualAddress> vips = v.config().virtualAddresses();
      for (VirtualAddress a : vips) {
        state.add(code, perVip(v, a));
      }
      if (vips.isEmpty()) {
        state.add(code, v.config().name(), v.config().interfaceName(),
            Integer.toString(v.config().virtualRouterId()), "");
      }
      for (VirtualAddress a : v.config().excludedAddresses()) {
        excluded.add(code, perVip(v, a));
      }
    }
    state.addTo(out);
    excluded.addTo(out);
  }

  /**
   * The exporter reads the address and device from keepalived's VIP text ("ADDR dev IF ..."),
   * where keepalived writes the prefix length only when it is not a host's (/32, /128).
   */
  private static String[] perVip(InstanceView v, VirtualAddress a) {
    String[] words = InstanceView.vip(a, v.config().interfaceName(),
        v.state().vipsStatus() == VipsStatus.ALL_SET).split(" ");
    String address = a.address().prefixLength() == (a.address().isIpv6() ? 128 : 32)
        ? IpText.format(a.address().address()) : words[0];
    return new String[] {v.config().name(), words[2],
        Integer.toString(v.config().virtualRouterId()), address};
  }

  private static String[] common(InstanceView v) {
    return new String[] {v.config().name(), v.config().interfaceName(),
        Integer.toString(v.config().virtualRouterId())};
  }

  /** keepalived's data dump says GOOD or BAD; a script not yet run has no sample, as there. */
  private static void scripts(StoreSnapshot s, List<MetricSnapshot> out) {
    Family f = Family.gauge("keepalived_script_status", "Tracker Script Status", "name");
    for (var e : s.configs(Tables.VRRP_SCRIPT).entrySet()) {
      VrrpScriptConfig cfg = e.getValue();
      ScriptResult r = s.state(Tables.VRRP_SCRIPT, e.getKey()).map(VrrpScriptState::result)
          .orElse(ScriptResult.INIT);
      if (r == ScriptResult.GOOD || r == ScriptResult.BAD) {
        f.add(r == ScriptResult.GOOD ? 1 : 0, cfg.name());
      }
    }
    f.addTo(out);
  }

}

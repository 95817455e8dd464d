package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vrrp_sync_group of two instances on two segments, against a real peer (keepalived 2.2.7 or
 * jkeepalived in either role, {@link ImplPair}): VI_1 on eth0 (VRID 51) and VI_2 on eth1 (VRID
 * 52), node 1 at priority 150 in both, node 2 at 100. keepalived keeps the members of a sync group
 * in one state (keepalived.conf(5) vrrp_sync_group: "if one of the instances fails, all of them
 * will transition to the fault state"), so carrier loss on node 1's eth1 takes VI_1 into FAULT
 * too, although eth0 is fine, and node 2 takes over BOTH VIPs. With the link back the group leaves
 * FAULT and node 1 preempts both. (vrrpSyncGroupStateChange traps are the SNMP scenarios' part.)
 */
class SyncGroupScenarioIT {
  private static final String PREFIX = "jktsg";
  private static final LabSubnet SUBNET = new LabSubnet(72);
  private static final LabSubnet SUBNET2 = new LabSubnet(73);
  private static final String MATRIX = "org.jkeepalived.test.vrrp.ScenarioMatrix#extended";
  private static final String VI_2 = "VI_2";
  private static final int VRID_2 = 52;

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void syncGroupOfTwoInstancesOnTwoInterfacesFailsOverAsOne(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s =
        TwoNodeScenario.open(PREFIX, SUBNET, SUBNET2, variant, pair, info)) {
      InetAddress vip2 = SUBNET2.vip(variant.family());
      var both = Map.of(
          VrrpConfig.INSTANCE, Map.entry(VrrpLab.IFACE, s.vip()),
          VI_2, Map.entry(VrrpLab.IFACE2, vip2));
      s.startBoth(config(s, 1, vip2), config(s, 2, vip2), "node1 master of VI_1 and VI_2",
          () -> s.soleMaster(1, both));

      long t0 = System.nanoTime();
      s.node(1).linkDown(VrrpLab.IFACE2);
      // node 1 stops advertising on eth0 as well (its VI_1 is in FAULT): node 2's VI_1 and VI_2
      // both take over when their Master_Down_Interval expires
      Duration bound = s.masterDown(TwoNodeScenario.LOW).plus(s.advert());
      s.lab.await("node2 holds both VIPs after node1's eth1 went down",
          () -> s.node(2).hasAddress(VrrpLab.IFACE, s.vip())
              && s.node(2).hasAddress(VrrpLab.IFACE2, vip2)
              && !s.node(1).hasAddress(VrrpLab.IFACE, s.vip()),
          bound.plus(TwoNodeScenario.LATE));
      s.print("sync group: node2 holds both VIPs", Duration.ofNanos(System.nanoTime() - t0),
          "bound " + bound.toMillis() + " ms");
      s.lab.await("node1's VI_1 and VI_2 in FAULT, node2 MASTER of both", () ->
          s.node(1).state(VrrpConfig.INSTANCE) == LoggedVrrpState.FAULT
              && s.node(1).state(VI_2) == LoggedVrrpState.FAULT
              && s.node(2).state(VrrpConfig.INSTANCE) == LoggedVrrpState.MASTER
              && s.node(2).state(VI_2) == LoggedVrrpState.MASTER,
          TwoNodeScenario.LATE);
      // VI_1's own link never went down: only the group put it in FAULT
      assertThat(s.node(1).addresses(VrrpLab.IFACE)).doesNotContain(s.vip());

      t0 = System.nanoTime();
      s.node(1).linkUp(VrrpLab.IFACE2);
      Duration back = s.masterDown(TwoNodeScenario.HIGH).plus(s.advert());
      s.lab.await("node1 master of both again after eth1 came back", () -> s.soleMaster(1, both),
          back.plus(TwoNodeScenario.LATE));
      s.print("sync group: node1 master again", Duration.ofNanos(System.nanoTime() - t0),
          "bound " + back.toMillis() + " ms");
    }
  }

  /**
   * Node {@code i}'s config: VI_1 from the template, and VI_2 on eth1 with the same settings
   * (VRID 52, VIP host 100 of the second subnet, unicast peers there when the variant is unicast)
   * plus the sync group.
   */
  private static VrrpConfig config(TwoNodeScenario s, int i, InetAddress vip2) {
    Variant v = s.variant;
    StringBuilder vi2 = new StringBuilder();
    vi2.append("\nvrrp_instance ").append(VI_2).append(" {\n")
        .append("  state ").append(i == 1 ? "MASTER" : "BACKUP").append('\n')
        .append("  interface ").append(VrrpLab.IFACE2).append('\n')
        .append("  virtual_router_id ").append(VRID_2).append('\n')
        .append("  priority ").append(TwoNodeScenario.priority(i)).append('\n')
        .append("  advert_int ").append(VrrpConfig.seconds(s.advert())).append('\n')
        .append("  version ").append(v.version()).append('\n');
    if (v.transport() == Transport.UNICAST) {
      int other = 3 - i;
      vi2.append("  unicast_src_ip ").append(IpText.format(SUBNET2.node(v.family(), i)))
          .append("\n  unicast_peer {\n    ")
          .append(IpText.format(SUBNET2.node(v.family(), other))).append("\n  }\n");
    }
    vi2.append("  virtual_ipaddress {\n    ").append(IpText.format(vip2)).append('/')
        .append(v.family().prefixLength()).append(" dev ").append(VrrpLab.IFACE2)
        .append("\n  }\n}\n\n")
        .append("vrrp_sync_group G1 {\n  group {\n    ").append(VrrpConfig.INSTANCE)
        .append("\n    ").append(VI_2).append("\n  }\n}\n");
    return s.config(i).extraTop(vi2.toString()).build();
  }
}

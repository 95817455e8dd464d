package org.jkeepalived.test.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the per-node configs of a scenario: one instance VI_1, VRID 51, VIP host 100 of the
 * lab subnet in the variant's family, every other router of the lab as unicast peer when the
 * variant is unicast.
 *
 * @param variant version, family, transport
 * @param subnet the lab's addressing plan
 * @param nodes how many routers the lab has (the unicast peer list)
 * @param advertInt advert_int for every node
 */
public record VrrpTemplate(Variant variant, LabSubnet subnet, int nodes, Duration advertInt) {
  /** A template with the variant's {@link Variant#defaultAdvertInterval()}. */
  public static VrrpTemplate of(Variant variant, LabSubnet subnet, int nodes) {
    return new VrrpTemplate(variant, subnet, nodes, variant.defaultAdvertInterval());
  }

  /**
   * A builder for router {@code node} (1-based): router_id {@code rN}, interface eth0, the given
   * priority, BACKUP; callers add state, nopreempt or auth.
   */
  public VrrpConfig.Builder node(int node, int priority) {
    Family family = variant.family();
    List<InetAddress> peers = new ArrayList<>();
    if (variant.transport() == Transport.UNICAST) {
      for (int i = 1; i <= nodes; i++) {
        if (i != node) {
          peers.add(subnet.node(family, i));
        }
      }
    }
    return VrrpConfig.builder()
        .routerId("r" + node)
        .iface(VrrpLab.IFACE)
        .priority(priority)
        .version(variant.version())
        .advertInt(advertInt)
        .vip(subnet.vip(family), family.prefixLength())
        .unicast(subnet.node(family, node), peers);
  }

  /** The VIP every node of this template carries. */
  public InetAddress vip() {
    return subnet.vip(variant.family());
  }
}

package org.jkeepalived.test.vrrp;

import java.util.List;

/**
 * The per-node configs the scenarios run, as checked-in files under {@code
 * src/test/resources/scenarios/vrrp/<name>/nodeN.conf}: what {@link TwoNodeScenario} generates for
 * each variant and option.
 */
final class GoldenScenarios {
  private GoldenScenarios() {}

  /** One scenario folder: its name and the two node configs. */
  record Golden(String name, VrrpConfig node1, VrrpConfig node2) {}

  static List<Golden> all() {
    return List.of(
        plain("v2-ipv4-mcast", new Variant(2, Family.IPV4, Transport.MULTICAST)),
        plain("v2-ipv4-unicast", new Variant(2, Family.IPV4, Transport.UNICAST)),
        plain("v3-ipv4-mcast", new Variant(3, Family.IPV4, Transport.MULTICAST)),
        plain("v3-ipv6-mcast", new Variant(3, Family.IPV6, Transport.MULTICAST)),
        plain("v3-ipv6-unicast", new Variant(3, Family.IPV6, Transport.UNICAST)),
        nopreempt("v2-ipv4-mcast-nopreempt", ScenarioMatrix.V2_IPV4_MCAST),
        auth("v2-ipv4-mcast-wrong-pass", ScenarioMatrix.V2_IPV4_MCAST));
  }

  private static VrrpTemplate template(Variant v) {
    return VrrpTemplate.of(v, TwoNodeScenario.SUBNET, 2);
  }

  private static Golden plain(String name, Variant v) {
    VrrpTemplate t = template(v);
    return new Golden(name, t.node(1, TwoNodeScenario.HIGH).initialMaster(true).build(),
        t.node(2, TwoNodeScenario.LOW).build());
  }

  private static Golden nopreempt(String name, Variant v) {
    VrrpTemplate t = template(v);
    return new Golden(name, t.node(1, TwoNodeScenario.HIGH).nopreempt(true).build(),
        t.node(2, TwoNodeScenario.LOW).nopreempt(true).build());
  }

  private static Golden auth(String name, Variant v) {
    VrrpTemplate t = template(v);
    return new Golden(name, t.node(1, TwoNodeScenario.HIGH).initialMaster(true).authPass("secret").build(),
        t.node(2, TwoNodeScenario.LOW).authPass("wrong").build());
  }
}

package org.jkeepalived.vrrp.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.KernelRoute;
import org.jkeepalived.linux.rtnl.KernelRule;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.junit.jupiter.api.Test;

class RouteTranslatorTest {
  private final RouteTranslator t = new RouteTranslator(n -> switch (n) {
    case "eth0" -> 2;
    case "eth1" -> 3;
    default -> 0;
  });

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static IpPrefix prefix(String s) throws Exception {
    String[] p = s.split("/");
    return new IpPrefix(ip(p[0]), Integer.parseInt(p[1]));
  }

  private static VirtualRoute route(String type, IpPrefix dst, InetAddress via, String dev,
      List<VirtualRoute.NextHop> hops, Integer table, Integer metric, String scope,
      String protocol, Map<String, String> metrics) {
    return new VirtualRoute(type, dst, null, null, via, dev, hops, table, metric, scope, protocol,
        null, false, false, false, null, metrics);
  }

  @Test
  void viaRouteGetsKeepalivedDefaults() throws Exception {
    KernelRoute k = t.route(route("unicast", prefix("198.19.61.0/24"), ip("198.18.61.254"),
        "eth0", List.of(), null, null, null, null, Map.of())).orElseThrow();
    assertThat(k).isEqualTo(KernelRoute.unicast(ip("198.19.61.0"), 24)
        .withGateway(ip("198.18.61.254")).withOutputInterface(2));
    assertThat(k.protocol()).isEqualTo(Rtnl.RTPROT_KEEPALIVED);
    assertThat(k.scope()).isEqualTo(Rtnl.RT_SCOPE_UNIVERSE);
    assertThat(k.table()).isEqualTo(Rtnl.RT_TABLE_MAIN);
  }

  @Test
  void optionsMapToKernelFields() throws Exception {
    KernelRoute k = t.route(route("blackhole", prefix("fd00:61:1::/64"), null, null, List.of(),
        1061, 7, "link", "bird", Map.of("mtu", "lock 1400", "rtt", "2s", "features", "ecn",
        "congctl", "cubic"))).orElseThrow();
    assertThat(k.family()).isEqualTo(LinuxConstants.AF_INET6);
    assertThat(k.type()).isEqualTo(Rtnl.RTN_BLACKHOLE);
    assertThat(k.table()).isEqualTo(1061);
    assertThat(k.priority()).isEqualTo(7);
    assertThat(k.scope()).isEqualTo(Rtnl.RT_SCOPE_LINK);
    assertThat(k.protocol()).isEqualTo(12);
    assertThat(k.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Rtnl.RTAX_MTU, 1400L,
        Rtnl.RTAX_RTT, 2000L, Rtnl.RTAX_FEATURES, 1L));
    assertThat(k.lockedMetrics()).isEqualTo(1 << Rtnl.RTAX_MTU);
  }

  @Test
  void nexthopsKeepWeightsAndDevices() throws Exception {
    KernelRoute k = t.route(route(null, prefix("198.19.64.0/24"), null, null,
        List.of(new VirtualRoute.NextHop(ip("198.18.61.2"), "eth0", null, false),
            new VirtualRoute.NextHop(ip("198.18.62.2"), "eth1", 3, true)),
        null, null, null, null, Map.of())).orElseThrow();
    assertThat(k.nextHops()).containsExactly(
        new KernelRoute.NextHop(ip("198.18.61.2"), 2, 1, 0),
        new KernelRoute.NextHop(ip("198.18.62.2"), 3, 3, Rtnl.RTNH_F_ONLINK));
  }

  @Test
  void unknownDeviceMeansTheRouteCannotBeSet() throws Exception {
    assertThat(t.route(route(null, prefix("198.19.61.0/24"), null, "nosuch0", List.of(), null,
        null, null, null, Map.of()))).isEmpty();
    assertThat(t.route(route(null, prefix("198.19.61.0/24"), null, null,
        List.of(new VirtualRoute.NextHop(ip("198.18.61.2"), "nosuch0", null, false)), null, null,
        null, null, Map.of()))).isEmpty();
  }

  @Test
  void rulesMapSelectorsAndActions() throws Exception {
    KernelRule k = t.rule(new VirtualRule(false, true, prefix("198.18.61.0/24"),
        prefix("198.19.61.0/24"), 161, "table", 1061, null, "eth0", null, 5L, 0xffL, 8, false,
        null, Map.of("suppress_prefixlength", "0"))).orElseThrow();
    assertThat(k).isEqualTo(new KernelRule(LinuxConstants.AF_INET, true, ip("198.18.61.0"), 24,
        ip("198.19.61.0"), 24, 8, 1061, Rtnl.FR_ACT_TO_TBL, 161, "eth0", null, 5L, 0xffL, null, 0,
        false, Rtnl.RTPROT_KEEPALIVED));
    KernelRule go = t.rule(new VirtualRule(true, false, null, null, 162, "goto", null, 200, null,
        null, null, null, null, false, null, Map.of())).orElseThrow();
    assertThat(go.family()).isEqualTo(LinuxConstants.AF_INET6);
    assertThat(go.action()).isEqualTo(Rtnl.FR_ACT_GOTO);
    assertThat(go.gotoTarget()).isEqualTo(200);
    assertThat(go.table()).isEqualTo(Rtnl.RT_TABLE_UNSPEC);
    KernelRule main = t.rule(new VirtualRule(false, false, prefix("198.18.61.0/24"), null, 163,
        null, null, null, null, null, null, null, null, false, null, Map.of())).orElseThrow();
    assertThat(main.table()).isEqualTo(Rtnl.RT_TABLE_MAIN);
    assertThat(t.rule(new VirtualRule(false, false, null, null, 164, "nat", null, null, null,
        null, null, null, null, false, null, Map.of()))).isEmpty();
  }
}

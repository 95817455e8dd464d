package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

class RouteCodecTest {
  // Payloads (after nlmsghdr) captured with `strace -e trace=sendmsg -e write=3 ip route ...`
  // (iproute2 6.x) in a namespace where br61 is ifindex 2.
  private static final String IP_ADD_VIA = "02180000fe030001 00000000"
      + "08000100c6134600" // RTA_DST 198.19.70.0
      + "08000500c6123dfe" // RTA_GATEWAY 198.18.61.254
      + "0800040002000000"; // RTA_OIF 2
  private static final String IP_DEL_VIA = "02180000fe00ff00 00000000"
      + "08000100c6134600 08000500c6123dfe 0800040002000000";
  private static final String IP_ADD_BLACKHOLE_T100 = "0218000064030006 00000000"
      + "08000100c6134800";
  private static final String IP_ADD_MULTIPATH = "0218000064030001 00000000"
      + "08000100c6134900"
      + "24000900" // RTA_MULTIPATH, 32 bytes of rtnexthops
      + "10000000 02000000 08000500c6123d02" // len 16, flags 0, hops 0 (weight 1), ifindex 2
      + "10000001 02000000 08000500c6123d03"; // weight 2
  private static final String IP_ADD_MTU = "02180000fe030001 00000000"
      + "08000100c6134a00 08000500c6123dfe 0800040002000000"
      + "0c000800 0800020078050000"; // RTA_METRICS { RTAX_MTU 1400 }
  private static final String IP_ADD_FROM_TOS_PROTO = "0218180464 63 fd 01 00000000"
      + "08000100c6134b00 08000200c6123d00 0800040002000000";
  private static final String IP_ADD_ONLINK = "0218000064030001 04000000"
      + "08000100c6134d00 08000500c6123dfe 0800040002000000";
  // Attribute order differs from ours (iproute2 follows the command line): decoded, not compared.
  private static final String IP_ADD_METRIC_PREFSRC = "02180000fe03fd01 00000000"
      + "08000100c6134700 0800060005000000 08000700c6123d01 0800040002000000";
  private static final String IP_ADD_TABLE_1000 = "0218000000030001 00000000"
      + "08000100c6134c00 08000500c6123dfe 08000f00e8030000 0800040002000000";
  private static final String IP_ADD_V6 = "0a40000064030001 00000000"
      + "14000100fd000061000200000000000000000000"
      + "14000500fd0000610000000000000000000000fe"
      + "0800060000040000 0800040002000000";
  // keepalived 2.2.7's own RTM_NEWROUTE for `198.19.80.0/24 via 198.18.61.254 dev br61` and
  // `198.19.83.0/24 dev br61 table 100 metric 7` (strace of the daemon): proto keepalived (18),
  // scope universe, NLM_F_CREATE without NLM_F_EXCL.
  private static final String KEEPALIVED_ADD_VIA = "02180000fe120001 00000000"
      + "08000100c6135000 08000500c6123dfe 0800040002000000";
  private static final String KEEPALIVED_ADD_DEV_METRIC = "0218000064120001 00000000"
      + "08000100c6135300 0800040002000000 0800060007000000";

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static KernelRoute boot(KernelRoute r) {
    return new KernelRoute(r.family(), r.destination(), r.destinationLength(), r.source(),
        r.sourceLength(), r.tos(), r.table(), Rtnl.RTPROT_BOOT, r.scope(), r.type(), r.flags(),
        r.gateway(), r.outputInterface(), r.priority(), r.preferredSource(), r.nextHops(),
        r.metrics(), r.lockedMetrics());
  }

  private static KernelRoute route(String dst, int len, String via, int oif) throws Exception {
    return KernelRoute.unicast(ip(dst), len).withGateway(via == null ? null : ip(via))
        .withOutputInterface(oif);
  }

  private static NetlinkMessage message(int type, String payload) {
    return new NetlinkMessage(type, 0, 0, 0, hex(payload.replace(" ", "")));
  }

  @Test
  void keepalivedViaRouteMatchesItsBytes() throws Exception {
    NetlinkMessage m = RouteCodec.add(route("198.19.80.0", 24, "198.18.61.254", 2));
    assertThat(m.type()).isEqualTo(Rtnl.RTM_NEWROUTE);
    assertThat(m.flags()).isEqualTo(Netlink.NLM_F_CREATE);
    assertThat(hex(m.payloadBytes())).isEqualTo(hex(hex(KEEPALIVED_ADD_VIA.replace(" ", ""))));
  }

  @Test
  void keepalivedDevRouteWithMetricMatchesItsBytes() throws Exception {
    KernelRoute r = route("198.19.83.0", 24, null, 2).withTable(100).withPriority(7);
    assertThat(hex(RouteCodec.add(r).payloadBytes()))
        .isEqualTo(hex(hex(KEEPALIVED_ADD_DEV_METRIC.replace(" ", ""))));
  }

  @Test
  void iproute2AddsMatchOurEncodingByteForByte() throws Exception {
    assertEncodes(boot(route("198.19.70.0", 24, "198.18.61.254", 2)), IP_ADD_VIA);
    KernelRoute blackhole = new KernelRoute(LinuxConstants.AF_INET, ip("198.19.72.0"), 24, null,
        0, 0, 100, Rtnl.RTPROT_BOOT, 0, Rtnl.RTN_BLACKHOLE, 0, null, 0, null, null, List.of(),
        Map.of(), 0);
    assertEncodes(blackhole, IP_ADD_BLACKHOLE_T100);
    KernelRoute multipath = new KernelRoute(LinuxConstants.AF_INET, ip("198.19.73.0"), 24, null,
        0, 0, 100, Rtnl.RTPROT_BOOT, 0, Rtnl.RTN_UNICAST, 0, null, 0, null, null,
        List.of(new KernelRoute.NextHop(ip("198.18.61.2"), 2, 1, 0),
            new KernelRoute.NextHop(ip("198.18.61.3"), 2, 2, 0)), Map.of(), 0);
    assertEncodes(multipath, IP_ADD_MULTIPATH);
    KernelRoute mtu = new KernelRoute(LinuxConstants.AF_INET, ip("198.19.74.0"), 24, null, 0, 0,
        254, Rtnl.RTPROT_BOOT, 0, Rtnl.RTN_UNICAST, 0, ip("198.18.61.254"), 2, null, null,
        List.of(), Map.of(Rtnl.RTAX_MTU, 1400L), 0);
    assertEncodes(mtu, IP_ADD_MTU);
    KernelRoute fromTos = new KernelRoute(LinuxConstants.AF_INET, ip("198.19.75.0"), 24,
        ip("198.18.61.0"), 24, 4, 100, 99, Rtnl.RT_SCOPE_LINK, Rtnl.RTN_UNICAST, 0, null, 2, null,
        null, List.of(), Map.of(), 0);
    assertEncodes(fromTos, IP_ADD_FROM_TOS_PROTO);
    KernelRoute onlink = new KernelRoute(LinuxConstants.AF_INET, ip("198.19.77.0"), 24, null, 0,
        0, 100, Rtnl.RTPROT_BOOT, 0, Rtnl.RTN_UNICAST, Rtnl.RTNH_F_ONLINK, ip("198.18.61.254"), 2,
        null, null, List.of(), Map.of(), 0);
    assertEncodes(onlink, IP_ADD_ONLINK);
  }

  @Test
  void deleteMatchesIproute2Bytes() throws Exception {
    NetlinkMessage m = RouteCodec.delete(route("198.19.70.0", 24, "198.18.61.254", 2));
    assertThat(m.type()).isEqualTo(Rtnl.RTM_DELROUTE);
    assertThat(m.flags()).isZero();
    assertThat(hex(m.payloadBytes())).isEqualTo(hex(hex(IP_DEL_VIA.replace(" ", ""))));
  }

  @Test
  void iproute2MessagesInAnotherAttributeOrderDecodeToTheSameRoute() throws Exception {
    KernelRoute metric = RouteCodec.decode(message(Rtnl.RTM_NEWROUTE, IP_ADD_METRIC_PREFSRC));
    assertThat(metric.priority()).isEqualTo(5);
    assertThat(metric.preferredSource()).isEqualTo(ip("198.18.61.1"));
    assertThat(metric.scope()).isEqualTo(Rtnl.RT_SCOPE_LINK);
    assertThat(metric.outputInterface()).isEqualTo(2);
    KernelRoute t1000 = RouteCodec.decode(message(Rtnl.RTM_NEWROUTE, IP_ADD_TABLE_1000));
    assertThat(t1000.table()).isEqualTo(1000);
    assertThat(t1000).isEqualTo(boot(route("198.19.76.0", 24, "198.18.61.254", 2)
        .withTable(1000)));
    KernelRoute v6 = RouteCodec.decode(message(Rtnl.RTM_NEWROUTE, IP_ADD_V6));
    assertThat(v6).isEqualTo(boot(route("fd00:61:2::", 64, "fd00:61::fe", 2).withTable(100)
        .withPriority(1024)));
    // and re-encoding then decoding keeps every field
    for (KernelRoute r : List.of(metric, t1000, v6)) {
      assertThat(RouteCodec.decode(RouteCodec.add(r))).isEqualTo(r);
    }
  }

  @Test
  void roundTripKeepsMultipathMetricsAndLocks() throws Exception {
    KernelRoute r = new KernelRoute(LinuxConstants.AF_INET6, ip("fd00:61:9::"), 48,
        ip("fd00:61::"), 64, 0, 70000, Rtnl.RTPROT_KEEPALIVED, 0, Rtnl.RTN_UNICAST, 0, null, 0,
        12, ip("fd00:61::1"),
        List.of(new KernelRoute.NextHop(ip("fd00:61::2"), 2, 256, Rtnl.RTNH_F_ONLINK),
            new KernelRoute.NextHop(null, 3, 1, 0)),
        Map.of(Rtnl.RTAX_MTU, 1280L, Rtnl.RTAX_HOPLIMIT, 64L), 1 << Rtnl.RTAX_MTU);
    NetlinkMessage m = RouteCodec.add(r);
    assertThat(m.payloadBytes()[4]).isZero(); // table > 255 travels in RTA_TABLE only
    assertThat(RouteCodec.decode(m)).isEqualTo(r);
  }

  @Test
  void dumpRequestIsAnRtmsgOfTheFamily() {
    NetlinkMessage m = RouteCodec.dumpRequest(LinuxConstants.AF_INET);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_GETROUTE);
    assertThat(hex(m.payloadBytes())).isEqualTo("020000000000000000000000");
  }

  @Test
  void malformedMessagesAreRejected() {
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE, "0218000000")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("rtmsg");
    // attribute length past the end
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "02180000fe030001 00000000 10000100c6134600")))
        .isInstanceOf(MalformedNetlinkException.class);
    // a 3-byte address
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "02180000fe030001 00000000 07000100c61346 00")))
        .isInstanceOf(MalformedNetlinkException.class);
    // prefix length 40 on IPv4
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "02280000fe030001 00000000 08000100c6134600")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("prefix length");
    // an rtnexthop claiming more bytes than the attribute holds
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "0218000064030001 00000000 0c000900 20000000 02000000")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("rtnexthop");
    // a truncated rtnexthop
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "0218000064030001 00000000 08000900 10000000")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("rtnexthop");
    // a 2-byte metric
    assertThatThrownBy(() -> RouteCodec.decode(message(Rtnl.RTM_NEWROUTE,
        "0218000064030001 00000000 0a000800 06000200 7805 0000")))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void sameKeyIgnoresGatewayButNotMetricOrTable() throws Exception {
    KernelRoute a = route("198.19.70.0", 24, "198.18.61.254", 2);
    assertThat(a.sameKey(route("198.19.70.0", 24, "198.18.61.1", 3))).isTrue();
    assertThat(a.sameKey(a.withPriority(5))).isFalse();
    assertThat(a.sameKey(a.withTable(100))).isFalse();
    assertThat(a.destinationText()).isEqualTo("198.19.70.0/24");
  }

  private static void assertEncodes(KernelRoute r, String payload) {
    assertThat(hex(RouteCodec.add(r).payloadBytes()))
        .isEqualTo(hex(hex(payload.replace(" ", ""))));
    assertThat(RouteCodec.decode(message(Rtnl.RTM_NEWROUTE, payload))).isEqualTo(r);
  }
}

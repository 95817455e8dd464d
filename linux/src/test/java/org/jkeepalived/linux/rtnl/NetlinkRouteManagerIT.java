package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.jkeepalived.linux.NetnsLab;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Interfaces;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routes and rules over rtnetlink in namespaces jkrtn1/jkrtn2 (root), checked with {@code ip}. */
class NetlinkRouteManagerIT {
  private static NetnsLab lab;
  private static int ifindex;

  @BeforeAll
  static void setUp() throws Exception {
    NetnsLab.assumeRootAndNative();
    lab = NetnsLab.create();
    ifindex = lab.a().call(() -> Interfaces.indexOf(lab.ifA));
  }

  @AfterAll
  static void tearDown() {
    if (lab != null) {
      lab.close();
    }
  }

  private static String ip(String... args) throws Exception {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "ip";
    cmd[1] = "-n";
    cmd[2] = lab.nsA;
    System.arraycopy(args, 0, cmd, 3, args.length);
    return NetnsLab.sh(cmd);
  }

  @Test
  void routeIsAddedListedAndDeletedAsIpShowsIt() throws Exception {
    KernelRoute via = KernelRoute.unicast(InetAddress.getByName("198.19.61.0"), 24)
        .withGateway(InetAddress.getByName(lab.v4(2))).withOutputInterface(ifindex);
    KernelRoute mtu = new KernelRoute(LinuxConstants.AF_INET,
        InetAddress.getByName("198.19.62.0"), 24, null, 0, 0, 1061, Rtnl.RTPROT_KEEPALIVED, 0,
        Rtnl.RTN_UNICAST, 0, null, ifindex, 7, null, List.of(), Map.of(Rtnl.RTAX_MTU, 1400L), 0);
    KernelRoute v6 = KernelRoute.unicast(InetAddress.getByName("fd00:61:1::"), 64)
        .withGateway(InetAddress.getByName(lab.v6(2))).withOutputInterface(ifindex);
    try (RouteManager rm = lab.a().call(NetlinkRouteManager::open)) {
      rm.addRoute(via);
      rm.addRoute(mtu);
      rm.addRoute(v6);
      assertThat(ip("route", "show")).contains(
          "198.19.61.0/24 via " + lab.v4(2) + " dev " + lab.ifA + " proto keepalived");
      assertThat(ip("route", "show", "table", "1061"))
          .contains("198.19.62.0/24 dev " + lab.ifA + " proto keepalived metric 7 mtu 1400");
      assertThat(ip("-6", "route", "show")).contains("fd00:61:1::/64 via " + lab.v6(2));
      assertThat(rm.routes(LinuxConstants.AF_INET)).anySatisfy(r -> assertThat(r).isEqualTo(via));
      assertThat(rm.routes(LinuxConstants.AF_INET)).anySatisfy(r -> {
        assertThat(r.table()).isEqualTo(1061);
        assertThat(r.metrics()).containsEntry(Rtnl.RTAX_MTU, 1400L);
      });
      assertThatThrownBy(() -> rm.addRoute(via)).isInstanceOfSatisfying(ErrnoException.class,
          e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST));
      rm.deleteRoute(via);
      rm.deleteRoute(mtu);
      rm.deleteRoute(v6);
      assertThat(ip("route", "show", "table", "all")).doesNotContain("198.19.6");
      assertThat(ip("-6", "route", "show")).doesNotContain("fd00:61:1::");
      assertThatThrownBy(() -> rm.deleteRoute(via)).isInstanceOfSatisfying(ErrnoException.class,
          e -> assertThat(e.errno()).isEqualTo(LinuxConstants.ESRCH));
    }
  }

  @Test
  void ruleIsAddedListedAndDeletedAsIpShowsIt() throws Exception {
    KernelRule from = KernelRule.lookup(LinuxConstants.AF_INET, 1061)
        .withSource(InetAddress.getByName("198.18.61.0"), 24).withPriority(161);
    KernelRule v6 = KernelRule.lookup(LinuxConstants.AF_INET6, 61)
        .withDestination(InetAddress.getByName("fd00:61:2::"), 48).withPriority(162);
    try (RouteManager rm = lab.a().call(NetlinkRouteManager::open)) {
      rm.addRule(from);
      rm.addRule(v6);
      assertThat(ip("rule", "show"))
          .contains("161:\tfrom 198.18.61.0/24 lookup 1061 proto keepalived");
      assertThat(ip("-6", "rule", "show"))
          .contains("162:\tfrom all to fd00:61:2::/48 lookup 61 proto keepalived");
      assertThat(rm.rules(LinuxConstants.AF_INET)).anySatisfy(r -> {
        assertThat(r.priority()).isEqualTo(161);
        assertThat(r.table()).isEqualTo(1061);
        assertThat(r.source()).isEqualTo(from.source());
        assertThat(r.protocol()).isEqualTo(Rtnl.RTPROT_KEEPALIVED);
      });
      assertThatThrownBy(() -> rm.addRule(from)).isInstanceOfSatisfying(ErrnoException.class,
          e -> assertThat(e.errno()).isEqualTo(LinuxConstants.EEXIST));
      rm.deleteRule(from);
      rm.deleteRule(v6);
      assertThat(ip("rule", "show")).doesNotContain("161:");
      assertThat(ip("-6", "rule", "show")).doesNotContain("162:");
      assertThatThrownBy(() -> rm.deleteRule(from)).isInstanceOfSatisfying(ErrnoException.class,
          e -> assertThat(e.errno()).isEqualTo(LinuxConstants.ENOENT));
    }
  }

  @Test
  void subscriberHearsRoutesAndRulesDeletedByIp() throws Exception {
    java.util.concurrent.BlockingQueue<Object> deleted =
        new java.util.concurrent.LinkedBlockingQueue<>();
    KernelRoute route = KernelRoute.unicast(InetAddress.getByName("198.19.63.0"), 24)
        .withOutputInterface(ifindex).withTable(1063);
    KernelRule rule = KernelRule.lookup(LinuxConstants.AF_INET, 1063).withPriority(163);
    try (RouteManager rm = lab.a().call(NetlinkRouteManager::open);
        AutoCloseable sub = lab.a().call(() -> rm.subscribe(new RouteListener() {
          @Override
          public void routeChanged(boolean added, KernelRoute r) {
            if (!added) {
              deleted.add(r);
            }
          }

          @Override
          public void ruleChanged(boolean added, KernelRule r) {
            if (!added) {
              deleted.add(r);
            }
          }
        }))) {
      rm.addRoute(route);
      rm.addRule(rule);
      ip("route", "del", "198.19.63.0/24", "table", "1063");
      ip("rule", "del", "pref", "163");
      Object first = deleted.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      Object second = deleted.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(first).isInstanceOfSatisfying(KernelRoute.class,
          r -> assertThat(r.sameKey(route)).isTrue());
      assertThat(second).isInstanceOfSatisfying(KernelRule.class, r -> {
        assertThat(r.priority()).isEqualTo(163);
        assertThat(r.table()).isEqualTo(1063);
      });
    }
  }
}

package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * virtual_routes and virtual_rules follow mastership, static_routes stay on every running node
 * and go when the daemon stops (what keepalived 2.2.7 does, checked by running it in a
 * namespace). Namespaces jkrt1/jkrt2/jkrtbr on 198.18.61.0/24, jkrtr1/jkrtrbr on 198.18.62.0/24;
 * routes use 198.19.61-64.0/24, tables 61 and 62. Checked with {@code ip route}/{@code ip rule}.
 */
class RoutesScenarioIT {
  private static final Variant V2 = new Variant(2, Family.IPV4, Transport.MULTICAST);
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String VIRTUAL = """
        virtual_routes {
          198.19.61.0/24 dev eth0 table 61
          198.19.62.0/24 via %s dev eth0
        }
        virtual_rules {
          from 198.19.63.0/24 table 61 priority 161
        }
      """;
  private static final String STATIC = """
      static_routes {
        198.19.64.0/24 dev eth0 table 62
      }
      """;

  static Stream<ImplPair> pairs() {
    return ImplPair.defaults().stream();
  }

  /** {@code ip route show [table N]}; empty while the table does not exist (ip exits 2). */
  private static String routes(LabNode n, String... table) {
    String[] args = new String[3 + table.length];
    args[0] = "ip";
    args[1] = "route";
    args[2] = "show";
    System.arraycopy(table, 0, args, 3, table.length);
    return n.netns().exec(Duration.ofSeconds(10), args).stdout();
  }

  private static String rules(LabNode n) {
    return n.netns().ip("rule", "show").stdout();
  }

  /** Whether the node holds VI_1's two virtual routes and its rule. */
  private static boolean holdsVirtual(LabNode n, String gateway) {
    return routes(n, "table", "61").contains("198.19.61.0/24 dev eth0 proto keepalived")
        && routes(n).contains("198.19.62.0/24 via " + gateway + " dev eth0 proto keepalived")
        && rules(n).contains("161:\tfrom 198.19.63.0/24 lookup 61 proto keepalived");
  }

  /** Whether the node holds none of VI_1's virtual routes or rules. */
  private static boolean holdsNoVirtual(LabNode n) {
    return !routes(n, "table", "61").contains("198.19.61.0/24")
        && !routes(n).contains("198.19.62.0/24") && !rules(n).contains("161:");
  }

  private static boolean holdsStatic(LabNode n) {
    return routes(n, "table", "62").contains("198.19.64.0/24 dev eth0 proto keepalived");
  }

  private static Path dir(String name) {
    return Path.of("target", "vrrp-lab", name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void virtualRoutesAndRulesFollowTheMasterAndStaticRoutesStay(ImplPair pair) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    LabSubnet subnet = new LabSubnet(61);
    VrrpTemplate t = VrrpTemplate.of(V2, subnet, 2);
    String gw = "198.18.61.254";
    try (VrrpLab lab = VrrpLab.create("jkrt", 2, subnet, dir("routes-" + pair))) {
      LabNode one = lab.node(1);
      LabNode two = lab.node(2);
      two.start(pair.of(2), t.node(2, 100).extraInstance(VIRTUAL.formatted(gw))
          .extraTop(STATIC).build());
      one.start(pair.of(1), t.node(1, 150).initialMaster(true)
          .extraInstance(VIRTUAL.formatted(gw)).extraTop(STATIC).build());
      lab.await("node1 master with the VIP, node2 backup", () -> one.state() == LoggedVrrpState.MASTER
          && one.hasAddress(t.vip()) && two.state() == LoggedVrrpState.BACKUP, BOUND);
      Duration set = lab.await("node1 holds the virtual routes and rule",
          () -> holdsVirtual(one, gw), BOUND);
      System.out.printf("ROUTES %-6s virtual routes on the master %d ms after it was seen MASTER%n",
          pair, set.toMillis());
      lab.await("both nodes hold the static route", () -> holdsStatic(one) && holdsStatic(two),
          BOUND);
      assertThat(Waits.holdsFor(() -> holdsNoVirtual(two), Duration.ofSeconds(3)))
          .as("the backup holds no virtual route or rule%n%s%n%s", routes(two, "table", "all"),
              rules(two))
          .isTrue();

      assertThat(one.stop(Duration.ofSeconds(15))).as("node1 stops cleanly").isTrue();
      Duration moved = lab.await("node2 takes the virtual routes and rule",
          () -> holdsVirtual(two, gw), BOUND);
      System.out.printf("ROUTES %-6s virtual routes on the new master %d ms after the stop%n",
          pair, moved.toMillis());
      assertThat(holdsNoVirtual(one)).as("the stopped node keeps no virtual route%n%s",
          routes(one, "table", "all")).isTrue();
      assertThat(holdsStatic(one)).as("keepalived removes its static routes on exit").isFalse();
      assertThat(holdsStatic(two)).isTrue();
    }
  }

  static Stream<ImplPair> masterPairs() {
    return ImplPair.one().stream();
  }

  /**
   * A virtual route deleted under the master: keepalived leaves MASTER with a priority 0 advert,
   * removes its routes and VIPs, and takes the master role back after its own Skew_Time (0.41 s
   * at priority 150), before the lower-priority peer's Skew_Time (0.61 s) runs out: the routes
   * come back on node 1 and node 2 never becomes master.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("masterPairs")
  void aMasterLosingAVirtualRouteStepsDownAndTakesItBackBeforeThePeer(ImplPair pair) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    pair.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    LabSubnet subnet = new LabSubnet(64);
    VrrpTemplate t = VrrpTemplate.of(V2, subnet, 2);
    String gw = "198.18.64.254";
    try (VrrpLab lab = VrrpLab.create("jkrts", 2, subnet, dir("routes-stepdown-" + pair))) {
      LabNode one = lab.node(1);
      LabNode two = lab.node(2);
      two.start(pair.of(2), t.node(2, 100).extraInstance(VIRTUAL.formatted(gw)).build());
      one.start(pair.of(1), t.node(1, 150).initialMaster(true)
          .extraInstance(VIRTUAL.formatted(gw)).build());
      lab.await("node1 master with the VIP and routes, node2 backup", () -> one.state()
          == LoggedVrrpState.MASTER && one.hasAddress(t.vip()) && holdsVirtual(one, gw)
          && two.state() == LoggedVrrpState.BACKUP, BOUND);
      int twoMasters = count(two.currentLog(), "Entering MASTER STATE");
      int oneBackups = count(one.currentLog(), "Entering BACKUP STATE");

      long t0 = System.nanoTime();
      one.netns().ip("route", "del", "198.19.62.0/24");
      lab.await("node1 stepped down", () -> count(one.currentLog(), "Entering BACKUP STATE")
          > oneBackups, Duration.ofSeconds(5));
      Duration back = lab.await("node1 master again with its routes", () -> one.state()
          == LoggedVrrpState.MASTER && holdsVirtual(one, gw) && one.hasAddress(t.vip()),
          Duration.ofSeconds(5));
      System.out.printf("ROUTES %-6s route deleted: node1 master again with routes %d ms later%n",
          pair, Duration.ofNanos(System.nanoTime() - t0).toMillis());
      assertThat(back).as("within a second: its own Skew_Time, not a Master_Down_Interval")
          .isLessThan(Duration.ofSeconds(2));
      assertThat(one.currentLog()).contains("sent 0 priority");
      Waits.sleep(Duration.ofSeconds(2));
      assertThat(count(two.currentLog(), "Entering MASTER STATE")).as("node2 took over")
          .isEqualTo(twoMasters);
      assertThat(two.state()).isEqualTo(LoggedVrrpState.BACKUP);
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /** A reload on the master swaps only the route that changed (jkeepalived alone). */
  @Test
  void reloadOnTheMasterSwapsTheChangedRoute() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    Impl.JKEEPALIVED.unavailable().ifPresent(reason -> assumeTrue(false, reason));
    LabSubnet subnet = new LabSubnet(62);
    VrrpTemplate t = VrrpTemplate.of(V2, subnet, 1);
    try (VrrpLab lab = VrrpLab.create("jkrtr", 1, subnet, dir("routes-reload"))) {
      LabNode one = lab.node(1);
      VrrpConfig.Builder b = t.node(1, 150).initialMaster(true);
      one.start(Impl.JKEEPALIVED, b.extraInstance(VIRTUAL.formatted("198.18.62.254")).build());
      lab.await("node1 holds the virtual routes", () -> holdsVirtual(one, "198.18.62.254"),
          BOUND);
      one.reload(b.extraInstance(VIRTUAL.formatted("198.18.62.253")
          .replace("198.19.61.0/24 dev eth0 table 61", "198.19.65.0/24 dev eth0 table 61"))
          .build());
      lab.await("the changed routes replace the old ones", () ->
          routes(one, "table", "61").contains("198.19.65.0/24 dev eth0 proto keepalived")
              && !routes(one, "table", "61").contains("198.19.61.0/24")
              && routes(one).contains("198.19.62.0/24 via 198.18.62.253 dev eth0")
              && rules(one).contains("161:\tfrom 198.19.63.0/24 lookup 61"), BOUND);
      assertThat(one.state()).isEqualTo(LoggedVrrpState.MASTER);
    }
  }
}

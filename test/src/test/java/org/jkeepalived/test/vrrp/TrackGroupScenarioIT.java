package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Static addresses and routes with a {@code track_group}, against a real peer (keepalived 2.2.7 or
 * jkeepalived in either role, {@link ImplPair}). Node 1 (priority 150, master) has a second
 * interface trk0 holding a static address and a static route, both {@code track_group G1}, and G1
 * lists VI_1. What keepalived 2.2.7 does (run in a namespace; the man page says "transition to
 * backup" in one place and "to fault state" in another):
 *
 * <ul>
 *   <li>{@code ip addr del} / {@code ip route del} of the static entry: it is restored at once
 *       ("Restoring deleted static address ..."), and VI_1 does not change state;
 *   <li>trk0 down: the group's instances track the entry's interface with weight 0, so VI_1 goes
 *       to FAULT ("Netlink reports trk0 down", "(VI_1) Entering FAULT STATE") and node 2 takes
 *       over; trk0 up: VI_1 goes BACKUP, the static address and route are added again, and VI_1
 *       preempts back after its Master_Down_Interval.
 * </ul>
 */
class TrackGroupScenarioIT {
  private static final String PREFIX = "jktg";
  private static final LabSubnet SUBNET = new LabSubnet(83);
  private static final String MATRIX = "org.jkeepalived.test.vrrp.ScenarioMatrix#nodeOne";
  private static final String TRACKED_IF = "trk0";
  private static final String STATIC_ADDRESS = "198.18.84.10";
  private static final String STATIC_ROUTE = "198.18.84.128/26";

  private static VrrpConfig nodeOne(TwoNodeScenario s) {
    LabNode n1 = s.node(1);
    n1.netns().ip("link", "add", TRACKED_IF, "type", "veth", "peer", "name", "trk1");
    n1.netns().ip("link", "set", "trk1", "up");
    n1.netns().ip("link", "set", TRACKED_IF, "up");
    // an address of its own on trk0, so that the static one is a secondary that can go alone
    n1.netns().ip("addr", "add", "198.18.84.2/24", "dev", TRACKED_IF);
    String statics = "track_group G1 {\n  group {\n    VI_1\n  }\n}\n"
        + "static_ipaddress {\n  " + STATIC_ADDRESS + "/24 dev " + TRACKED_IF
        + " track_group G1\n}\n"
        + "static_routes {\n  " + STATIC_ROUTE + " via 198.18.84.1 dev " + TRACKED_IF
        + " track_group G1\n}\n";
    return s.config(1).extraBefore(statics).build();
  }

  private static boolean hasStaticAddress(LabNode n) {
    return n.netns().ip("-4", "addr", "show", "dev", TRACKED_IF).stdout()
        .contains(STATIC_ADDRESS + "/24");
  }

  private static boolean hasStaticRoute(LabNode n) {
    return n.netns().ip("-4", "route", "show", STATIC_ROUTE).stdout().contains("via 198.18.84.1");
  }

  /** Deleting the tracked static address or route only restores it: VI_1 stays master. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void deletedTrackedStaticEntriesAreRestoredWithoutAStateChange(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      VrrpConfig one = nodeOne(s);
      s.startBoth(one, s.config(2).build(), "node1 master after start", () -> s.soleMaster(1));
      LabNode n1 = s.node(1);
      s.lab.await("static entries set", () -> hasStaticAddress(n1) && hasStaticRoute(n1),
          TwoNodeScenario.LATE);

      long t0 = System.nanoTime();
      n1.netns().ip("addr", "del", STATIC_ADDRESS + "/24", "dev", TRACKED_IF);
      n1.netns().ip("route", "del", STATIC_ROUTE);
      s.lab.await("static address and route restored",
          () -> hasStaticAddress(n1) && hasStaticRoute(n1), TwoNodeScenario.LATE);
      s.print("tracked static entries restored", Duration.ofNanos(System.nanoTime() - t0),
          "bound " + TwoNodeScenario.LATE.toMillis() + " ms");
      // long enough for node 2 to take over had node 1 stepped down or gone quiet
      sleep(s.masterDown(TwoNodeScenario.LOW).plus(s.advert()));
      assertThat(s.soleMaster(1)).isTrue();
      assertThat(n1.currentLog()).doesNotContain("(VI_1) Entering FAULT STATE");
    }
  }

  /**
   * The static entry's interface down puts VI_1 in FAULT (node 2 takes over); up again, the
   * entries are re-added and VI_1 preempts back.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void trackedStaticEntrysInterfaceDownFaultsTheGroupUntilItIsUp(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      VrrpConfig one = nodeOne(s);
      s.startBoth(one, s.config(2).build(), "node1 master after start", () -> s.soleMaster(1));
      LabNode n1 = s.node(1);

      long t0 = System.nanoTime();
      n1.linkDown(TRACKED_IF);
      s.lab.await("node1 FAULT after " + TRACKED_IF + " down",
          () -> n1.state() == LoggedVrrpState.FAULT, TwoNodeScenario.LATE);
      s.print("static trk0 down: node1 FAULT", Duration.ofNanos(System.nanoTime() - t0),
          "bound " + TwoNodeScenario.LATE.toMillis() + " ms");
      // node 1 sent priority 0 on leaving MASTER: node 2 takes over after Skew_Time
      Duration bound = s.masterDown(TwoNodeScenario.LOW).plus(s.advert());
      s.lab.await("node2 master, node1 in FAULT without the VIP", () -> masterOverFault(s),
          bound.plus(TwoNodeScenario.LATE));
      assertThat(hasStaticRoute(n1)).isFalse(); // the kernel dropped it with the link

      t0 = System.nanoTime();
      n1.linkUp(TRACKED_IF);
      Duration back = s.masterDown(TwoNodeScenario.HIGH).plus(s.advert());
      s.lab.await("node1 sole master after " + TRACKED_IF + " up", () -> s.soleMaster(1),
          back.plus(TwoNodeScenario.LATE));
      s.print("static trk0 up: node1 master", Duration.ofNanos(System.nanoTime() - t0),
          "bound " + back.toMillis() + " ms");
      assertThat(hasStaticAddress(n1)).isTrue();
      assertThat(hasStaticRoute(n1)).isTrue(); // re-added on interface up
      assertThat(n1.currentLog()).contains("(VI_1) Entering FAULT STATE");
    }
  }

  /** Node 2 MASTER holding the VIP, node 1 (in FAULT, not BACKUP) without it. */
  private static boolean masterOverFault(TwoNodeScenario s) {
    return s.node(2).state() == LoggedVrrpState.MASTER && s.node(2).hasAddress(VrrpLab.IFACE, s.vip())
        && s.node(1).state() == LoggedVrrpState.FAULT && !s.node(1).hasAddress(VrrpLab.IFACE, s.vip());
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

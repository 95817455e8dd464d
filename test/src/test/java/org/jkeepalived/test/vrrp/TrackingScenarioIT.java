package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tracked objects with a negative weight against a real peer (keepalived 2.2.7 or jkeepalived in
 * either role, {@link ImplPair}): node 1 (priority 150) tracks an object with weight -60, node 2
 * has priority 100. When the object fails, node 1's effective priority drops to 90, below node 2's,
 * so node 2 (preempting by default) ignores its adverts and takes over when its
 * Master_Down_Interval expires, and node 1 goes BACKUP on hearing 100 (RFC 5798 section 6.4.3).
 * When the object recovers, node 1 is back at 150 and preempts. This is what keepalived does
 * (keepalived.conf(5): "the weight is added to / subtracted from the priority"); jkeepalived must
 * do the same.
 */
class TrackingScenarioIT {
  private static final String PREFIX = "jkts";
  private static final LabSubnet SUBNET = new LabSubnet(71);
  private static final String MATRIX = "org.jkeepalived.test.vrrp.ScenarioMatrix#nodeOne";
  private static final int WEIGHT = -60;
  /** The tracked interface of the track_interface scenario, a veth inside node 1. */
  private static final String TRACKED_IF = "trk0";

  /**
   * vrrp_script "test -f DIR/ok" every second, weight -60, fall 2, rise 2: removing the file hands
   * the master role to node 2 after two failed runs, putting it back returns it after two good
   * ones.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void failingTrackScriptWithNegativeWeightHandsMasterOverAndTakesItBack(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      Path ok = s.node(1).dir().resolve("ok");
      write(ok, "");
      String script = "vrrp_script chk_ok {\n"
          + "  script \"/usr/bin/test -f " + ok + "\"\n"
          + "  interval 1\n  timeout 2\n  weight " + WEIGHT + "\n  fall 2\n  rise 2\n}\n";
      VrrpConfig one = s.config(1).extraGlobal("  script_user root\n").extraBefore(script)
          .extraInstance("  track_script {\n    chk_ok\n  }\n").build();
      // fall 2 at interval 1: two failed runs, then the drop in priority
      Duration detect = Duration.ofSeconds(2);
      handOverAndBack(s, one, "track_script", () -> delete(ok), () -> write(ok, ""), detect);
    }
  }

  /**
   * track_file with weight 1: the number written into the file is added to the priority, so
   * writing -60 hands the master role over and writing 0 takes it back (keepalived reads the file
   * when it changes).
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void trackFileValueLowersPriorityAndHandsMasterOver(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      Path file = s.node(1).dir().resolve("prio");
      write(file, "0\n");
      String track = "vrrp_track_file tf_prio {\n  file \"" + file + "\"\n  weight 1\n}\n";
      VrrpConfig one = s.config(1).extraBefore(track)
          .extraInstance("  track_file {\n    tf_prio\n  }\n").build();
      handOverAndBack(s, one, "track_file", () -> write(file, WEIGHT + "\n"),
          () -> write(file, "0\n"), Duration.ZERO);
    }
  }

  /**
   * track_interface with weight -60 on a second interface of node 1: taking it down hands the
   * master role over (VI_1's own interface stays up, so no FAULT), bringing it up takes it back.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void trackedInterfaceDownLowersPriorityAndHandsMasterOver(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      LabNode n1 = s.node(1);
      n1.netns().ip("link", "add", TRACKED_IF, "type", "veth", "peer", "name", "trk1");
      n1.netns().ip("link", "set", "trk1", "up");
      n1.netns().ip("link", "set", TRACKED_IF, "up");
      VrrpConfig one = s.config(1)
          .extraInstance("  track_interface {\n    " + TRACKED_IF + " weight " + WEIGHT
              + "\n  }\n").build();
      handOverAndBack(s, one, "track_interface", () -> n1.linkDown(TRACKED_IF),
          () -> n1.linkUp(TRACKED_IF), Duration.ZERO);
    }
  }

  /**
   * track_file with weight 0: a non-zero value faults node 1. Leaving MASTER for FAULT, keepalived
   * sends a priority 0 advert ("sent 0 priority"), so node 2 takes over after its Skew_Time, well
   * before a Master_Down_Interval; the FAULT is visible in node 1's state.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource(MATRIX)
  void aMasterFaultedByTrackingSendsPriorityZeroSoTheBackupTakesOverAfterSkewTime(
      Variant variant, ImplPair pair, TestInfo info) {
    try (TwoNodeScenario s = TwoNodeScenario.open(PREFIX, SUBNET, variant, pair, info)) {
      Path file = s.node(1).dir().resolve("fault");
      write(file, "0\n");
      VrrpConfig one = s.config(1)
          .extraBefore("vrrp_track_file tf_fault {\n  file \"" + file + "\"\n  weight 0\n}\n")
          .extraInstance("  track_file {\n    tf_fault\n  }\n").build();
      s.startBoth(one, s.config(2).build(), "node1 master after start", () -> s.soleMaster(1));
      Duration skew = VrrpTiming.skewTime(TwoNodeScenario.LOW, s.advert());
      Duration masterDown = s.masterDown(TwoNodeScenario.LOW);
      long t0 = System.nanoTime();
      write(file, "1\n");
      LabNode n1 = s.node(1);
      LabNode n2 = s.node(2);
      s.lab.await("node2 master with the VIP, node1 in FAULT without it",
          () -> n2.state() == LoggedVrrpState.MASTER && n2.hasAddress(s.vip())
              && n1.state() == LoggedVrrpState.FAULT && !n1.hasAddress(s.vip()),
          masterDown.plus(TwoNodeScenario.LATE));
      Duration over = Duration.ofNanos(System.nanoTime() - t0);
      s.print("track_file fault: node2 master", over, "skew " + skew.toMillis()
          + " ms, Master_Down " + masterDown.toMillis() + " ms");
      assertThat(over).as("takeover after the priority 0 advert, not Master_Down_Interval")
          .isLessThan(masterDown.minus(s.advert()));
    }
  }

  /**
   * Starts node 1 with {@code one} (node 2 untracked), checks node 1 rules, then {@code fail}s the
   * tracked object and waits for node 2 to be sole master, then {@code recover}s it and waits for
   * node 1 again. {@code detect} is the tracker's own delay (fall or rise times interval).
   */
  private static void handOverAndBack(TwoNodeScenario s, VrrpConfig one, String what,
      Runnable fail, Runnable recover, Duration detect) {
    s.startBoth(one, s.config(2).build(), "node1 master after start", () -> s.soleMaster(1));
    // node 2 hears 90 < 100 and ignores it: takeover when its Master_Down_Interval expires
    Duration bound = detect.plus(s.masterDown(TwoNodeScenario.LOW)).plus(s.advert());
    long t0 = System.nanoTime();
    fail.run();
    s.lab.await("node2 sole master after " + what + " failed", () -> s.soleMaster(2),
        bound.plus(TwoNodeScenario.LATE));
    Duration over = Duration.ofNanos(System.nanoTime() - t0);
    s.print(what + " failed: node2 master", over, "bound " + bound.toMillis() + " ms");
    // the priority fell, not the instance: node 1 is BACKUP, not FAULT
    assertThat(s.node(1).state()).isEqualTo(LoggedVrrpState.BACKUP);
    t0 = System.nanoTime();
    recover.run();
    // node 1 at 150 ignores node 2's 100 and preempts after its own Master_Down_Interval
    Duration back = detect.plus(s.masterDown(TwoNodeScenario.HIGH)).plus(s.advert());
    s.lab.await("node1 sole master after " + what + " recovered", () -> s.soleMaster(1),
        back.plus(TwoNodeScenario.LATE));
    s.print(what + " recovered: node1 master", Duration.ofNanos(System.nanoTime() - t0),
        "bound " + back.toMillis() + " ms");
    assertThat(s.node(2).state()).isEqualTo(LoggedVrrpState.BACKUP);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

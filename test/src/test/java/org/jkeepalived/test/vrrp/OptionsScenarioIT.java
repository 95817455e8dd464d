package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import org.jkeepalived.test.rig.Dirs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Netns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Global and notify options against a real keepalived 2.2.7 peer: node 1 (priority 150, MASTER)
 * is run by jkeepalived (and by keepalived, the oracle, with the full matrix: {@link
 * ImplPair#subjects()}), node 2 (priority 100) always by keepalived.
 * VRRPv2, IPv4 multicast, advert_int 1 s.
 */
class OptionsScenarioIT {
  private static final String PREFIX = "jkms";
  private static final Variant V2 = new Variant(2, Family.IPV4, Transport.MULTICAST);
  private static final Duration ADVERT = Duration.ofSeconds(1);
  /** Start-up room for a JVM node on a loaded machine. */
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration LATE = Duration.ofMillis(1500);
  /** The configured down delay: longer than advert_int 1 s allows, so keepalived shortens it. */
  private static final Duration DOWN_DELAY = Duration.ofSeconds(3);
  /** What keepalived 2.2.7 makes of it: (3 - 1) x 1 s - 1 s / 256 ("delay by 1996094"). */
  private static final Duration EFFECTIVE_DOWN_DELAY = Duration.ofNanos(1_996_094_000L);

  /**
   * interface_up_down_delays: a carrier loss on the master shorter than its down delay changes
   * nothing (no FAULT, the VIP stays, the backup stays backup); a longer one faults the master
   * when the delay ends, not before. The 3 s configured are shortened to 1.996 s, as keepalived
   * does for advert_int 1.
   */
  @ParameterizedTest(name = "node1 {0}")
  @MethodSource("org.jkeepalived.test.vrrp.ImplPair#subjects")
  void aLinkFlapShorterThanTheDownDelayCausesNoFailover(Impl first) {
    assumeAvailable(first);
    VrrpTemplate t = new VrrpTemplate(V2, new LabSubnet(67), 2, ADVERT);
    try (VrrpLab lab = lab("flap-" + first.tag(), 67)) {
      lab.node(2).start(Impl.KEEPALIVED, t.node(2, 100).build());
      lab.node(1).start(first, t.node(1, 150).initialMaster(true)
          .extraTop("interface_up_down_delays {\n  eth0 " + DOWN_DELAY.toSeconds() + " 1\n}\n")
          .build());
      LabNode n1 = lab.node(1);
      LabNode n2 = lab.node(2);
      lab.await("node1 master", () -> n1.state() == LoggedVrrpState.MASTER && n1.hasAddress(t.vip())
          && n2.state() == LoggedVrrpState.BACKUP, START);

      n1.linkDown();
      Waits.sleep(Duration.ofSeconds(1));
      n1.linkUp();
      // longer than node 2's Master_Down_Interval (3.6 s) and node 1's up delay
      Duration hold = VrrpTiming.masterDownInterval(100, ADVERT).plus(ADVERT).plus(ADVERT);
      assertThat(Waits.holdsFor(() -> n1.state() == LoggedVrrpState.MASTER
          && n2.state() == LoggedVrrpState.BACKUP && n1.hasAddress(t.vip()), hold))
          .as("no failover after a 1 s flap under a %s down delay%n%s", DOWN_DELAY, lab.report())
          .isTrue();
      assertThat(n1.currentLog()).doesNotContain("Entering FAULT STATE");

      long t0 = System.nanoTime();
      n1.linkDown();
      lab.await("node1 FAULT after its down delay", () -> n1.state() == LoggedVrrpState.FAULT,
          EFFECTIVE_DOWN_DELAY.plus(LATE).plus(LATE));
      Duration fault = Duration.ofNanos(System.nanoTime() - t0);
      System.out.printf("VRRP %-28s %-6s %6d ms   (down delay %d ms)%n", "FAULT after link down",
          first.tag(), fault.toMillis(), EFFECTIVE_DOWN_DELAY.toMillis());
      assertThat(fault).isBetween(EFFECTIVE_DOWN_DELAY.minusMillis(100),
          EFFECTIVE_DOWN_DELAY.plus(LATE));
      assertThat(n1.currentLog()).contains(
          "eth0: Adding flags change from 0x11043 to 0x1002 delay by 1996094");
      n1.linkUp();
    }
  }

  /**
   * A split brain ends: node 1 (master, 150) hears node 2's adverts (100), so it runs
   * notify_master_rx_lower_pri and writes {@code INSTANCE "VI_1" MASTER_RX_LOWER_PRI 150} to the
   * notify FIFO. Then a reload removes VI_2 (notify_deleted): {@code INSTANCE "VI_2" DELETED 100}.
   */
  @ParameterizedTest(name = "node1 {0}")
  @MethodSource("org.jkeepalived.test.vrrp.ImplPair#subjects")
  void aMasterHearingALowerPriorityNotifiesAndWritesTheFifo(Impl first) throws IOException {
    assumeAvailable(first);
    VrrpTemplate t = new VrrpTemplate(V2, new LabSubnet(68), 2, ADVERT);
    try (VrrpLab lab = lab("lowerpri-" + first.tag(), 68)) {
      LabNode n1 = lab.node(1);
      LabNode n2 = lab.node(2);
      Path dir = n1.dir();
      Path fifoOut = dir.resolve("fifo.out");
      Path lowerOut = dir.resolve("lower.out");
      Path reader = script(dir.resolve("fifo-reader.sh"),
          "while true; do cat \"$1\" >> " + fifoOut + "; done");
      Path lower = script(dir.resolve("lower.sh"), "echo \"lower $*\" >> " + lowerOut);
      String global = "script_user root\nnotify_fifo " + dir.resolve("notify.fifo") + "\n"
          + "notify_fifo_script " + reader + "\n";
      String vi2 = "vrrp_instance VI_2 {\n  state BACKUP\n  interface eth0\n"
          + "  virtual_router_id 52\n  priority 100\n  advert_int 1\n"
          + "  virtual_ipaddress {\n    198.18.68.101/24 dev eth0\n  }\n  notify_deleted\n}\n";
      VrrpConfig.Builder c1 = t.node(1, 150).initialMaster(true).extraGlobal(global)
          .extraInstance("notify_master_rx_lower_pri " + lower + "\n");
      lab.node(2).start(Impl.KEEPALIVED, t.node(2, 100).build());
      n1.start(first, c1.extraTop(vi2).build());
      lab.await("node1 master", () -> n1.state() == LoggedVrrpState.MASTER
          && n2.state() == LoggedVrrpState.BACKUP && n1.hasAddress(t.vip()), START);

      // split brain: node 2 stops hearing node 1 (node 1 still hears node 2), so node 2 becomes
      // master too and node 1, master, receives its lower-priority adverts
      deafen(n2, IpText.format(t.subnet().node(Family.IPV4, 1)), true);
      lab.await("node2 master while deaf", () -> n2.state() == LoggedVrrpState.MASTER,
          VrrpTiming.masterDownInterval(100, ADVERT).plus(LATE).plus(LATE));
      lab.await("node1 notified of node2's lower priority",
          () -> read(fifoOut).contains("INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 150")
              && read(lowerOut).contains("lower"), Duration.ofSeconds(10));
      deafen(n2, null, false);
      lab.await("node2 back to backup", () -> n2.state() == LoggedVrrpState.BACKUP,
          Duration.ofSeconds(10));
      assertThat(n1.currentLog()).contains("(VI_1) Received advert from "
          + IpText.format(t.subnet().node(Family.IPV4, 2)) + " with lower priority 100, ours 150");
      // the generic notify script is not run for it and the script gets no arguments
      assertThat(read(lowerOut).lines().toList()).allMatch(l -> l.equals("lower "));

      n1.reload(c1.extraTop("").build());
      lab.await("VI_2 reported DELETED", () -> read(fifoOut).contains("INSTANCE \"VI_2\" DELETED 100"),
          Duration.ofSeconds(15));
      List<String> lines = read(fifoOut).lines().toList();
      System.out.println("FIFO of node1 " + first.tag() + ": " + lines);
      assertThat(lines).contains("INSTANCE \"VI_1\" MASTER 150", "INSTANCE \"VI_2\" MASTER 100");
      assertThat(lines).allMatch(l -> l.matches(
          "INSTANCE \"VI_[12]\" (MASTER|BACKUP|FAULT|DELETED|MASTER_RX_LOWER_PRI) \\d+"));
    }
  }

  /**
   * vrrp_startup_delay 3 on a lone MASTER of priority 150: the instance shows BACKUP from the
   * start (keepalived logs "Entering BACKUP STATE (init)" at once) and becomes MASTER only after
   * the delay and then a whole Master_Down_Interval (3.6 s): about 6.6 s after it showed BACKUP.
   */
  @ParameterizedTest(name = "node1 {0}")
  @MethodSource("org.jkeepalived.test.vrrp.ImplPair#subjects")
  void theStartupDelayShowsBackupAndStartsTheMasterDownTimerWhenItEnds(Impl first) {
    assumeAvailable(first);
    VrrpTemplate t = new VrrpTemplate(V2, new LabSubnet(76), 1, ADVERT);
    try (VrrpLab lab = lab("startup-delay-" + first.tag(), 76)) {
      LabNode n1 = lab.node(1);
      n1.start(first, t.node(1, 150).initialMaster(true).extraGlobal("vrrp_startup_delay 3")
          .build());
      lab.await("node1 backup (init)", () -> n1.state() == LoggedVrrpState.BACKUP, START);
      long shown = System.nanoTime();
      lab.await("node1 master", () -> n1.state() == LoggedVrrpState.MASTER, START);
      Duration toMaster = Duration.ofNanos(System.nanoTime() - shown);
      System.out.printf("vrrp_startup_delay 3, %s: BACKUP to MASTER %d ms%n", first,
          toMaster.toMillis());
      assertThat(toMaster).as("delay 3 s + Master_Down_Interval 3.6 s")
          .isBetween(Duration.ofMillis(6000), Duration.ofMillis(8500));
      assertThat(n1.log()).contains("Delaying startup for 3 seconds");
    }
  }

  /** Drops (or stops dropping) the VRRP packets node {@code n} receives from {@code from}. */
  private static void deafen(LabNode n, String from, boolean on) {
    Duration bound = Duration.ofSeconds(10);
    if (!on) {
      n.netns().exec(bound, "nft", "delete", "table", "ip", "jkdeaf").check();
      return;
    }
    n.netns().exec(bound, "nft", "add", "table", "ip", "jkdeaf").check();
    n.netns().exec(bound, "nft", "add", "chain", "ip", "jkdeaf", "in",
        "{ type filter hook input priority 0 ; }").check();
    n.netns().exec(bound, "nft", "add", "rule", "ip", "jkdeaf", "in", "ip", "saddr", from,
        "ip", "protocol", "112", "drop").check();
  }

  private static void assumeAvailable(Impl first) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    first.unavailable().ifPresent(r -> assumeTrue(false, r));
    Impl.KEEPALIVED.unavailable().ifPresent(r -> assumeTrue(false, r));
  }

  private static VrrpLab lab(String name, int subnet) {
    Path dir = Path.of("target", "options-lab", name).toAbsolutePath();
    Dirs.deleteTree(dir);
    return VrrpLab.create(PREFIX, 2, new LabSubnet(subnet), dir);
  }

  private static Path script(Path p, String body) throws IOException {
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.jkeepalived.test.bfd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Subnet;
import org.jkeepalived.testkit.Subnets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jkeepalived's BFD engine against FRR's bfdd over a veth pair between two namespaces (root):
 * node "jk" (.1) runs jkeepalived with a bfd_instance and a VRRP instance that tracks it with
 * weight 0; node "frr" (.2) runs bfdd at 50 ms x 3. The session comes Up on both sides, goes Down
 * within the detection time when bfdd is killed or the link is cut, comes back, and the VRRP
 * instance is in FAULT exactly while the session is down (track_bfd follows the engine's rows).
 */
class BfdFrrInteropIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration DETECT = Duration.ofMillis(150);
  /** Scheduling slack on a shared two-core machine: reading the log, a busy JVM. */
  private static final Duration SLACK = Duration.ofMillis(850);

  private Subnet subnet;
  private Netns jkNs;
  private Netns frrNs;
  private Path dir;
  private JkNode jk;
  private FrrBfdd frr;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue(Netns.available(), Netns::unavailableReason);
    subnet = Subnets.allocate();
    jkNs = Netns.create("bfj");
    frrNs = Netns.create("bff");
    jkNs.veth("bfd0", frrNs, "bfd1");
    jkNs.ip("addr", "add", subnet.v4(1) + "/24", "dev", "bfd0");
    frrNs.ip("addr", "add", subnet.v4(2) + "/24", "dev", "bfd1");
    jkNs.ip("link", "set", "bfd0", "up");
    frrNs.ip("link", "set", "bfd1", "up");
    dir = Files.createTempDirectory("bfd-frr");
    jk = new JkNode(jkNs, dir.resolve("jk"));
    frr = new FrrBfdd(frrNs, dir.resolve("frr"),
        "peer " + subnet.v4(1) + " local-address " + subnet.v4(2),
        List.of("detect-multiplier 3", "receive-interval 50", "transmit-interval 50"));
  }

  @AfterEach
  void tearDown() {
    if (jk != null) {
      jk.close();
    }
    if (frr != null) {
      frr.close();
    }
    if (frrNs != null) {
      frrNs.close();
    }
    if (jkNs != null) {
      jkNs.close();
    }
    if (subnet != null) {
      subnet.close();
    }
  }

  /**
   * For the tests that are not about detection time (the flood, the reload): bfdd and
   * jkeepalived at 50 ms with multiplier 10, so that a host loaded by the test itself (a
   * Python flood on one core) and by its neighbours does not take the session down by
   * scheduling alone; the flood and the Poll still go against 50 ms packets. At 50 x 3 a
   * 150 ms stall of either process was enough (bfdd and jkeepalived each saw the other
   * expire within 75 ms, at load 13 with four busy loops).
   */
  private String loadTolerantTimers() {
    frr = new FrrBfdd(frrNs, dir.resolve("frr-m10"),
        "peer " + subnet.v4(1) + " local-address " + subnet.v4(2),
        List.of("detect-multiplier 10", "receive-interval 50", "transmit-interval 50"));
    return config().replace("multiplier 3", "multiplier 10");
  }

  private String config() {
    return "global_defs {\n  router_id jk\n}\n"
        + "bfd_instance b1 {\n  neighbor_ip " + subnet.v4(2) + "\n  source_ip " + subnet.v4(1)
        + "\n  min_rx 50\n  min_tx 50\n  idle_tx 1000\n  multiplier 3\n}\n"
        + "vrrp_instance VI_1 {\n  state BACKUP\n  interface bfd0\n  virtual_router_id 51\n"
        + "  priority 100\n  advert_int 1\n  virtual_ipaddress {\n    " + subnet.v4(100)
        + "/32\n  }\n  track_bfd {\n    b1\n  }\n}\n";
  }

  private static void await(String what, BooleanSupplier cond, Duration bound,
      java.util.function.Supplier<String> context) {
    long end = System.nanoTime() + bound.toNanos();
    while (!cond.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what + "\n" + context.get());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  private String context() {
    return "--- jkeepalived log (tail) ---\n" + tail(jk.logText()) + "\n--- bfdd ---\n"
        + frr.show() + "\n" + tail(frr.log());
  }

  private static String tail(String s) {
    List<String> l = s.lines().toList();
    return String.join("\n", l.subList(Math.max(0, l.size() - 40), l.size()));
  }

  /** Both sides Up since {@code since}, and VI_1 (weight 0) MASTER again. */
  private void bothUp(java.time.Instant since) {
    await("both sides Up", () -> jk.lineAt("(b1) Entering Up state", since).isPresent()
        && "up".equals(frr.status()), START, this::context);
    await("VI_1 MASTER", () -> jk.lineAt("(VI_1) Entering MASTER STATE", since).isPresent(),
        START, this::context);
  }

  /** How long after {@code t0} jkeepalived logged the session Down (the log's own stamps). */
  private Duration downAfter(java.time.Instant t0, Duration bound) {
    await("jkeepalived's session Down", () -> jk.lineAt("(b1) Entering Down state", t0)
        .isPresent(), bound, this::context);
    return Duration.between(t0, jk.lineAt("(b1) Entering Down state", t0).orElseThrow());
  }

  @Test
  void sessionComesUpDetectsAKilledPeerAndComesBackWithVrrpFollowing() {
    java.time.Instant begin = java.time.Instant.now();
    frr.start();
    jk.start(config());
    bothUp(begin);
    // once Up the session stays Up: no Down line since it came Up (a handshake flap was a bug)
    java.time.Instant up = jk.lineAt("(b1) Entering Up state", begin).orElseThrow();
    assertThat(jk.lineAt("(b1) Entering Down state", up)).isEmpty();
    java.time.Instant t0 = frr.kill();
    Duration took = downAfter(t0, Duration.ofSeconds(3));
    System.out.println("BFD: killed bfdd detected by jkeepalived in " + took.toMillis()
        + " ms (detection time " + DETECT.toMillis() + " ms)");
    assertThat(took).isLessThan(DETECT.plus(SLACK));
    assertThat(jk.logText()).contains("Local diagnostic - Control Detection Time Expired");
    await("VI_1 FAULT while b1 is Down", () -> jk.lineAt("(VI_1) Entering FAULT STATE", t0)
        .isPresent(),
        Duration.ofSeconds(5), this::context);
    java.time.Instant again = java.time.Instant.now();
    frr.start();
    bothUp(again);
  }

  @Test
  void aCutLinkIsDetectedOnBothSidesAndTheSessionComesBack() {
    java.time.Instant begin = java.time.Instant.now();
    jk.start(config()); // jkeepalived first here, bfdd first in the other tests
    frr.start();
    bothUp(begin);
    java.time.Instant t0 = java.time.Instant.now();
    frrNs.ip("link", "set", "bfd1", "down");
    Duration took = downAfter(t0, Duration.ofSeconds(3));
    assertThat(took).isLessThan(DETECT.plus(SLACK));
    System.out.println("BFD: cut link detected by jkeepalived in " + took.toMillis() + " ms");
    await("bfdd sees the session down", () -> "down".equals(frr.status()),
        Duration.ofSeconds(2), this::context);
    java.time.Instant again = java.time.Instant.now();
    frrNs.ip("link", "set", "bfd1", "up");
    bothUp(again);
  }

  @Test
  void adminDownFromEitherSideTakesTheOtherDownAtOnce() {
    java.time.Instant begin = java.time.Instant.now();
    frr.start();
    jk.start(config());
    bothUp(begin);
    java.time.Instant t0 = java.time.Instant.now();
    frr.shutdown(true); // bfdd sends AdminDown
    Duration took = downAfter(t0, Duration.ofSeconds(3));
    assertThat(jk.logText()).contains("Local diagnostic - Neighbor Signaled Session Down");
    System.out.println("BFD: bfdd's AdminDown took jkeepalived Down in " + took.toMillis()
        + " ms");
    java.time.Instant again = java.time.Instant.now();
    frr.shutdown(false);
    bothUp(again);
    long t1 = System.nanoTime();
    jk.stop(Duration.ofSeconds(10)); // jkeepalived sends AdminDown (RFC 5880 section 6.8.16)
    await("bfdd sees the session down", () -> "down".equals(frr.status()),
        Duration.ofSeconds(2), this::context);
    System.out.println("BFD: bfdd saw jkeepalived's stop in "
        + Duration.ofNanos(System.nanoTime() - t1).toMillis() + " ms");
  }

  @Test
  void aFloodOfGarbageAtTheControlPortsLeavesTheSessionUp() {
    org.jkeepalived.testkit.Programs.require("python3");
    String config = loadTolerantTimers();
    java.time.Instant begin = java.time.Instant.now();
    frr.start();
    jk.start(config);
    bothUp(begin);
    java.time.Instant up = jk.lineAt("(b1) Entering Up state", begin).orElseThrow();
    // from the peer's address: random bytes, and well-formed packets with unknown or wrong
    // discriminators, bad versions and TTL 1, to 3784 and 4784
    String flood = String.join("\n",
        "import os, socket, struct",
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
        "s.bind(('" + subnet.v4(2) + "', 0))",
        "low = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
        "low.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 1)",
        "for i in range(20000):",
        "    n = os.urandom(1)[0] % 64",
        "    good = struct.pack('!BBBBIIIII', 0x20, 0xc0, 3, 24, 1 + i, i % 7, 50000, 50000, 0)",
        "    for p in (3784, 4784):",
        "        s.sendto(os.urandom(n), ('" + subnet.v4(1) + "', p))",
        "        s.sendto(good, ('" + subnet.v4(1) + "', p))",
        "        low.sendto(good, ('" + subnet.v4(1) + "', p))");
    var r = frrNs.exec(Duration.ofSeconds(120), "python3", "-c", flood);
    assertThat(r.ok()).as(r.stderr()).isTrue();
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(jk.lineAt("(b1) Entering Down state", up)).as(context()).isEmpty();
    assertThat(frr.status()).isEqualTo("up");
    assertThat(jk.running()).isTrue();
  }

  /**
   * The session {@code local}/{@code peer} with bfdd's {@code peerLine} and jkeepalived's extra
   * bfd_instance lines comes Up on both sides, and a killed bfdd is detected.
   */
  private void upAndDetected(String peerLine, String jkAddr, String frrAddr, String extra) {
    frr = new FrrBfdd(frrNs, dir.resolve("frr2"), peerLine,
        List.of("detect-multiplier 3", "receive-interval 50", "transmit-interval 50"));
    java.time.Instant begin = java.time.Instant.now();
    frr.start();
    jk.start("bfd_instance b1 {\n  neighbor_ip " + frrAddr + "\n  source_ip " + jkAddr
        + "\n  min_rx 50\n  min_tx 50\n  multiplier 3\n" + extra + "}\n");
    await("both sides Up", () -> jk.lineAt("(b1) Entering Up state", begin).isPresent()
        && "up".equals(frr.status()), START, this::context);
    java.time.Instant t0 = frr.kill();
    Duration took = downAfter(t0, Duration.ofSeconds(3));
    assertThat(took).isLessThan(DETECT.plus(SLACK));
  }

  /** jkeepalived's side v6(1) on bfd0, bfdd's v6(2) on bfd1, usable at once (no DAD). */
  private void ipv6Addresses() {
    jkNs.noDad();
    frrNs.noDad();
    jkNs.ip("addr", "add", subnet.v6(1) + "/64", "dev", "bfd0", "nodad");
    frrNs.ip("addr", "add", subnet.v6(2) + "/64", "dev", "bfd1", "nodad");
  }

  @Test
  void ipv6SingleHopWithHopLimit255() {
    ipv6Addresses();
    // keepalived's IPv6 default hop limit is 64; RFC 5881 (and bfdd) want 255
    upAndDetected("peer " + subnet.v6(1) + " local-address " + subnet.v6(2), subnet.v6(1),
        subnet.v6(2), "  hoplimit 255\n");
  }

  @Test
  void multihopOnPort4784() {
    upAndDetected("peer " + subnet.v4(1) + " multihop local-address " + subnet.v4(2),
        subnet.v4(1), subnet.v4(2), "  multihop\n  max_hops 5\n");
  }

  @Test
  void ipv6MultihopOnPort4784() {
    ipv6Addresses();
    // RFC 5883 over IPv6: keepalived's hoplimit is the one sent, max_hops the hops allowed
    upAndDetected("peer " + subnet.v6(1) + " multihop local-address " + subnet.v6(2),
        subnet.v6(1), subnet.v6(2), "  multihop\n  hoplimit 255\n  max_hops 5\n");
  }

  @Test
  void aReloadToSlowerTimersPollsAndBfddAnswersWithFinalOnTheWire() throws Exception {
    org.jkeepalived.testkit.Programs.require("tshark");
    String config = loadTolerantTimers();
    java.time.Instant begin = java.time.Instant.now();
    frr.start();
    jk.start(config);
    bothUp(begin);
    ProcessBuilder pb = new ProcessBuilder(jkNs.execCommand("tshark", "-n", "-l", "-i", "bfd0",
        "-a", "duration:20", "-f", "udp dst port 3784", "-T", "fields", "-e", "frame.time_epoch",
        "-e", "ip.src", "-e", "bfd.flags.p", "-e", "bfd.flags.f", "-e",
        "bfd.desired_min_tx_interval", "-e", "bfd.sta"));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process tshark = pb.start();
    // the reload once tshark shows packets (its start took over 2.5 s at load 13, and the Poll
    // went by before the capture), after 40 lines: about 1 s of 50 ms packets to measure
    List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(
        tshark.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)).lines()
        .forEach(lines::add), "tshark-out");
    reader.start();
    await("tshark's capture", () -> lines.size() >= 40, Duration.ofSeconds(15), this::context);
    jk.reload(config.replace("min_tx 50", "min_tx 100"));
    String self = subnet.v4(1);
    await("jkeepalived's packets at 100 ms", () -> List.copyOf(lines).stream()
        .map(l -> l.split("\t", -1)).anyMatch(f -> f.length >= 6 && f[1].equals(self)
            && f[4].equals("100000")), Duration.ofSeconds(10), this::context);
    int seen = lines.size();
    await("bfdd's answer", () -> lines.size() >= seen + 20, Duration.ofSeconds(5),
        this::context);
    tshark.destroy();
    tshark.waitFor();
    reader.join(5_000);
    String out = String.join("\n", lines);
    List<String[]> rows = out.lines().map(l -> l.split("\t", -1)).filter(f -> f.length >= 6)
        .toList();
    String me = subnet.v4(1);
    java.util.function.Predicate<String> set = v -> v.equals("1") || v.equals("True");
    int poll = -1;
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      if (f[1].equals(me) && set.test(f[2]) && f[4].equals("100000")) {
        poll = i;
        break;
      }
    }
    assertThat(poll).as("a Poll from jkeepalived with Desired Min TX 100 ms\n" + out)
        .isNotNegative();
    assertThat(rows.subList(poll, rows.size())).as(out)
        .anyMatch(f -> !f[1].equals(me) && set.test(f[3]));
    // jkeepalived's transmit intervals while Up at 50 ms, before the change (RFC 5880 6.8.7)
    List<Double> times = rows.subList(0, poll).stream().filter(f -> f[1].equals(me)
        && !set.test(f[2]) && !set.test(f[3])).map(f -> Double.parseDouble(f[0])).toList();
    List<Double> gaps = new java.util.ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add((times.get(i) - times.get(i - 1)) * 1000);
    }
    java.util.Collections.sort(gaps);
    assertThat(gaps).hasSizeGreaterThan(5);
    System.out.printf("BFD: jkeepalived transmit interval at 50 ms: n=%d min %.1f median %.1f"
        + " p99 %.1f max %.1f ms%n", gaps.size(), gaps.get(0), gaps.get(gaps.size() / 2),
        gaps.get((int) Math.floor((gaps.size() - 1) * 0.99)), gaps.get(gaps.size() - 1));
    assertThat(gaps.get(gaps.size() / 2)).isBetween(37.0, 50.0); // 75-100 % jitter
    assertThat(jk.lineAt("(b1) Entering Down state", begin)).isEmpty();
  }
}

package org.jkeepalived.test.bfd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Programs;
import org.jkeepalived.testkit.Subnet;
import org.jkeepalived.testkit.Subnets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jkeepalived's BFD engine against keepalived 2.2.7's own BFD (its bfd_instance of
 * shared/conformance/bfd/keepalived-lb2.conf, 50 ms x 3) over a veth pair between two namespaces
 * (root): the session comes Up on both, a killed keepalived is detected within the detection time,
 * it comes back Up, and jkeepalived's stop takes keepalived's session Down at once (AdminDown).
 */
class BfdKeepalivedInteropIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration DETECT = Duration.ofMillis(150);
  private static final Duration SLACK = Duration.ofMillis(850);

  private Subnet subnet;
  private Netns jkNs;
  private Netns kaNs;
  private Path dir;
  private JkNode jk;
  private Process ka;
  private int starts;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue(Netns.available(), Netns::unavailableReason);
    Programs.require("keepalived");
    subnet = Subnets.allocate();
    jkNs = Netns.create("bkj");
    kaNs = Netns.create("bkk");
    jkNs.veth("bfd0", kaNs, "bfd1");
    jkNs.ip("addr", "add", subnet.v4(1) + "/24", "dev", "bfd0");
    kaNs.ip("addr", "add", subnet.v4(2) + "/24", "dev", "bfd1");
    jkNs.ip("link", "set", "bfd0", "up");
    kaNs.ip("link", "set", "bfd1", "up");
    dir = Files.createTempDirectory("bfd-ka");
    jk = new JkNode(jkNs, dir.resolve("jk"));
  }

  @AfterEach
  void tearDown() {
    if (jk != null) {
      jk.close();
    }
    killKeepalived();
    if (kaNs != null) {
      kaNs.close();
    }
    if (jkNs != null) {
      jkNs.close();
    }
    if (subnet != null) {
      subnet.close();
    }
  }

  private static String bfd(String name, String neighbor, String source) {
    return "global_defs {\n  router_id " + name + "\n}\n"
        + "bfd_instance " + name + " {\n  neighbor_ip " + neighbor + "\n  source_ip " + source
        + "\n  min_rx 50\n  min_tx 50\n  idle_tx 1000\n  multiplier 3\n}\n";
  }

  private void startKeepalived() throws IOException {
    Path logDir = dir.resolve("ka");
    // fresh pid files each start: keepalived 2.2.7 stops at start on those a crash left behind
    Path run = logDir.resolve("run" + (starts++));
    Files.createDirectories(run);
    Path conf = run.resolve("keepalived.conf");
    Files.writeString(conf, bfd("kb", subnet.v4(1), subnet.v4(2)));
    ProcessBuilder pb = new ProcessBuilder(kaNs.execCommand("keepalived", "-n", "-l", "-D",
        "-f", conf.toString(), "-p", run.resolve("ka.pid").toString(),
        "-r", run.resolve("vrrp.pid").toString(), "-c", run.resolve("check.pid").toString(),
        "-b", run.resolve("bfd.pid").toString()));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("ka.log").toFile()));
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    ka = pb.start();
  }

  /** SIGKILL to keepalived's whole tree (its BFD child included): a crash, no packet more. */
  private Instant killKeepalived() {
    Instant at = Instant.now();
    if (ka != null) {
      List<ProcessHandle> tree = ka.descendants().toList();
      ka.toHandle().destroyForcibly();
      tree.forEach(ProcessHandle::destroyForcibly);
      try {
        ka.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ka = null;
    }
    return at;
  }

  private String kaLog() {
    try {
      Path l = dir.resolve("ka").resolve("ka.log");
      return Files.exists(l) ? Files.readString(l) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private long kaCount(String text) {
    return kaLog().lines().filter(l -> l.contains(text)).count();
  }

  private void await(String what, BooleanSupplier cond, Duration bound) {
    JkNode.await(what, cond, bound,
        () -> "--- jkeepalived ---\n" + jk.logText() + "\n--- keepalived ---\n" + kaLog());
  }

  @Test
  void upWithKeepalivedDetectsItsCrashComesBackAndStoppingTakesItDown() throws Exception {
    Instant begin = Instant.now();
    startKeepalived();
    jk.start(bfd("b1", subnet.v4(2), subnet.v4(1)));
    await("both Up", () -> jk.lineAt("(b1) Entering Up state", begin).isPresent()
        && kaCount("(kb) Entering Up state") >= 1, START);
    Instant t0 = killKeepalived();
    await("jkeepalived Down", () -> jk.lineAt("(b1) Entering Down state", t0).isPresent(),
        Duration.ofSeconds(3));
    Duration took = Duration.between(t0, jk.lineAt("(b1) Entering Down state", t0).orElseThrow());
    System.out.println("BFD: killed keepalived detected by jkeepalived in " + took.toMillis()
        + " ms");
    assertThat(took).isLessThan(DETECT.plus(SLACK));
    Instant again = Instant.now();
    startKeepalived();
    await("both Up again", () -> jk.lineAt("(b1) Entering Up state", again).isPresent()
        && kaCount("(kb) Entering Up state") >= 2, START);
    jk.stop(Duration.ofSeconds(10)); // AdminDown (RFC 5880 section 6.8.16)
    await("keepalived Down on jkeepalived's AdminDown",
        () -> kaCount("(kb) Entering Down state") >= 1, Duration.ofSeconds(3));
    assertThat(kaLog()).contains("Neighbor Signaled Session Down");
  }
}

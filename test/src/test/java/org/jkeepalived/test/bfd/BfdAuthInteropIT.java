package org.jkeepalived.test.bfd;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BFD authentication (RFC 5880 section 6.7, jkeepalived's extension) between two jkeepalived
 * nodes in namespaces (root), since FRR's bfdd (8.4) has none: the session comes Up with the same
 * key, and tshark's BFD dissector reads the authentication section of every captured packet as
 * the configured type and key id, meticulous sequence numbers rising by one per packet.
 */
class BfdAuthInteropIT {
  private static final Duration START = Duration.ofSeconds(30);
  private Subnet subnet;
  private Netns ns1;
  private Netns ns2;
  private Path dir;
  private JkNode jk1;
  private JkNode jk2;

  @BeforeEach
  void setUp() throws Exception {
    Assumptions.assumeTrue(Netns.available(), Netns::unavailableReason);
    Programs.require("tshark");
    subnet = Subnets.allocate();
    ns1 = Netns.create("ba1");
    ns2 = Netns.create("ba2");
    ns1.veth("bfd0", ns2, "bfd1");
    ns1.ip("addr", "add", subnet.v4(1) + "/24", "dev", "bfd0");
    ns2.ip("addr", "add", subnet.v4(2) + "/24", "dev", "bfd1");
    ns1.ip("link", "set", "bfd0", "up");
    ns2.ip("link", "set", "bfd1", "up");
    dir = Files.createTempDirectory("bfd-auth");
    jk1 = new JkNode(ns1, dir.resolve("jk1"));
    jk2 = new JkNode(ns2, dir.resolve("jk2"));
  }

  @AfterEach
  void tearDown() {
    for (AutoCloseable c : new AutoCloseable[] {jk1, jk2, ns1, ns2, subnet}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // best effort: the next one still closes
      }
    }
  }

  private static String conf(String neighbor, String source, String auth) {
    return "bfd_instance b1 {\n  neighbor_ip " + neighbor + "\n  source_ip " + source
        // 100 ms x 5: this test is about the packets, not timing; tshark's start loads the machine
        + "\n  min_rx 100\n  min_tx 100\n  multiplier 5\n  authentication " + auth + "\n}\n";
  }

  private void await(String what, BooleanSupplier cond) {
    long end = System.nanoTime() + START.toNanos();
    while (!cond.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what + "\n" + jk1.logText() + "\n"
            + jk2.logText());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple_password 4 pw", "meticulous_keyed_sha1 9 s3cret",
      "keyed_md5 2 k3y"})
  void theSameKeyComesUpAndTsharkReadsTheAuthenticationSection(String auth) {
    Instant begin = Instant.now();
    jk1.start(conf(subnet.v4(2), subnet.v4(1), auth));
    jk2.start(conf(subnet.v4(1), subnet.v4(2), auth));
    await("both Up", () -> jk1.lineAt("(b1) Entering Up state", begin).isPresent()
        && jk2.lineAt("(b1) Entering Up state", begin).isPresent());
    var r = ns1.exec(Duration.ofSeconds(20), "tshark", "-n", "-i", "bfd0", "-a", "duration:2",
        "-f", "udp dst port 3784 and src host " + subnet.v4(1), "-T", "fields",
        "-e", "bfd.sta", "-e", "bfd.flags.a", "-e", "bfd.auth.type", "-e", "bfd.auth.key",
        "-e", "bfd.auth.seq_num", "-e", "bfd.auth.password");
    List<String[]> rows = r.stdout().lines().filter(l -> !l.isBlank())
        .map(l -> l.split("\t", -1)).toList();
    assertThat(rows).as(r.stderr()).hasSizeGreaterThan(10); // 2 s at 100 ms
    String[] want = auth.split(" ");
    int type = switch (want[0]) {
      case "simple_password" -> 1;
      case "keyed_md5" -> 2;
      default -> 5;
    };
    long lastSeq = -1;
    for (String[] f : rows) {
      assertThat(Integer.decode(f[0])).isEqualTo(3); // Up
      assertThat(f[1]).isIn("1", "True");
      assertThat(Integer.decode(f[2])).isEqualTo(type);
      assertThat(Integer.decode(f[3])).isEqualTo(Integer.parseInt(want[1]));
      if (type == 1) {
        assertThat(f[5]).isEqualTo(want[2]);
      } else {
        long seq = Long.decode(f[4]);
        if (lastSeq >= 0) {
          assertThat(seq).isEqualTo((lastSeq + 1) & 0xFFFFFFFFL);
        }
        lastSeq = seq;
      }
    }
  }
}

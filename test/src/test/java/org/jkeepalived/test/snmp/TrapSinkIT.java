package org.jkeepalived.test.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real snmptrapd fed by net-snmp's snmptrap (ports 16200-16299). */
class TrapSinkIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String STATE_CHANGE = "1.3.6.1.4.1.9586.100.5.2.0.1";
  private static final String NAME = "1.3.6.1.4.1.9586.100.5.2.3.1.2.1";
  private static final String STATE = "1.3.6.1.4.1.9586.100.5.2.3.1.4.1";

  @BeforeAll
  static void netSnmpPresent() {
    assumeTrue(Proc.run(WAIT, "snmptrapd", "-v").ok() && Proc.run(WAIT, "snmptrap", "-V").ok(),
        "net-snmp snmptrapd and snmptrap are not installed");
  }

  @Test
  void receivesAndParsesAKeepalivedStyleTrap(@TempDir Path dir) {
    try (TrapSink sink = TrapSink.start(dir, 16211)) {
      send(Optional.empty(), sink.target(), STATE_CHANGE, NAME, "s", "VI_1", STATE, "i", "2");
      TrapRecord t = sink.awaitOid(STATE_CHANGE, WAIT).orElseThrow(
          () -> new AssertionError("no trap; snmptrapd said:\n" + sink.output()));
      assertThat(t.varbind(NAME).orElseThrow().text()).isEqualTo("VI_1");
      assertThat(t.varbind(STATE).orElseThrow().asLong()).isEqualTo(2);
      assertThat(t.uptime()).isGreaterThanOrEqualTo(0);
      assertThat(sink.traps()).hasSize(1);
    }
  }

  @Test
  void collectsSeveralInOrderAndTimesOutBounded(@TempDir Path dir) {
    try (TrapSink sink = TrapSink.start(dir, 16212)) {
      for (int i = 1; i <= 3; i++) {
        send(Optional.empty(), sink.target(), STATE_CHANGE, STATE, "i", Integer.toString(i));
      }
      List<TrapRecord> got = sink.awaitCount(t -> t.oid().equals(STATE_CHANGE), 3, WAIT);
      assertThat(got).extracting(t -> t.varbind(STATE).orElseThrow().asLong())
          .containsExactly(1L, 2L, 3L);
      long t0 = System.nanoTime();
      assertThat(sink.awaitOid("1.3.6.1.4.1.9586.100.5.2.0.99", Duration.ofMillis(300))).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void runsInsideANamespace(@TempDir Path dir) {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (Netns ns = Netns.create("jklbs");
        TrapSink sink = TrapSink.start(dir, Optional.of(ns), "127.0.0.1", 16213)) {
      send(Optional.of(ns), sink.target(), STATE_CHANGE, NAME, "s", "in-ns");
      assertThat(sink.awaitOid(STATE_CHANGE, WAIT)).hasValueSatisfying(
          t -> assertThat(t.varbind(NAME).orElseThrow().text()).isEqualTo("in-ns"));
    }
  }

  @Test
  void aBusyPortFailsClearly(@TempDir Path dir) {
    try (TrapSink first = TrapSink.start(dir.resolve("a"), 16214)) {
      assertThatThrownBy(() -> TrapSink.start(dir.resolve("b"), 16214).close())
          .hasMessageContaining("did not come up on 127.0.0.1:16214");
      assertThat(first.traps()).isEmpty();
    }
  }

  private static void send(Optional<Netns> ns, String target, String trapOid, String... binds) {
    List<String> cmd = new ArrayList<>(List.of("snmptrap", "-M", "/dev/null", "-m", "", "-v2c",
        "-c", "public", target, "", trapOid));
    cmd.addAll(List.of(binds));
    String[] argv = cmd.toArray(String[]::new);
    Proc.run(WAIT, null, ns.map(n -> n.execCommand(argv)).orElse(List.of(argv))).check();
  }
}

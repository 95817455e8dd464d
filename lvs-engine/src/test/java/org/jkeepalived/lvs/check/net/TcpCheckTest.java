package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.Test;

/** TCP_CHECK against a listener on 127.0.0.1 that the test opens and closes. */
class TcpCheckTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void downWhenRefusedUpWhenListeningAndUnchangedSpecsKeepRunning() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Verdicts heard = new Verdicts();
    CheckSpec spec = Specs.spec("rs1", port, new CheckerConfig.TcpCheck(
        Specs.connection(Duration.ofMillis(500)), Specs.fast(1, false)));
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(spec));
      Verdicts.Heard down = heard.next(WAIT);
      assertThat(down).isNotNull();
      assertThat(down.verdict().up()).isFalse();
      assertThat(down.verdict().reason()).isEqualTo("TCP connection to [127.0.0.1]:tcp:" + port
          + " failed.");
      try (ServerSocket server = new ServerSocket()) {
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(Specs.LOCAL, port));
        checks.run(List.of(spec)); // same spec: keeps its state, no new report of down
        Verdicts.Heard up = heard.next(WAIT);
        assertThat(up).isNotNull();
        assertThat(up.verdict().up()).isTrue();
      }
      assertThat(checks.size()).isEqualTo(1);
      checks.run(List.of());
      assertThat(checks.size()).isZero();
    }
  }

  @Test
  void aChangedSpecRestartsFromItsInitialStateAnUnchangedOneDoesNot() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Verdicts heard = new Verdicts();
    CheckSpec spec = Specs.spec("rs1", port, new CheckerConfig.TcpCheck(
        Specs.connection(Duration.ofMillis(500)), Specs.fast(0, false)));
    CheckSpec changed = Specs.spec("rs1", port, new CheckerConfig.TcpCheck(
        Specs.connection(Duration.ofMillis(400)), Specs.fast(0, false)));
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(spec));
      assertThat(heard.next(WAIT).verdict().up()).isFalse();
      checks.run(List.of(spec));
      assertThat(heard.next(Duration.ofMillis(2000))).as("unchanged: still down, unreported")
          .isNull();
      checks.run(List.of(changed));
      Verdicts.Heard again = heard.next(WAIT);
      assertThat(again).as("restarted up, so down is news again").isNotNull();
      assertThat(again.verdict().up()).isFalse();
    }
  }

  @Test
  void alphaStartsDownAndReportsUp() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL)) {
      Verdicts heard = new Verdicts();
      try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
        checks.run(List.of(Specs.spec("rs1", server.getLocalPort(), new CheckerConfig.TcpCheck(
            Specs.connection(Duration.ofMillis(500)), Specs.fast(1, true)))));
        Verdicts.Heard up = heard.next(WAIT);
        assertThat(up).isNotNull();
        assertThat(up.verdict().up()).isTrue();
        assertThat(up.verdict().reason()).contains("success");
      }
    }
  }

  @Test
  void suspendedChecksDoNotReport() throws Exception {
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.suspend("vs1", true);
      checks.run(List.of(Specs.spec("rs1", 1, new CheckerConfig.TcpCheck(
          Specs.connection(Duration.ofMillis(200)), Specs.fast(0, false)))));
      assertThat(heard.next(Duration.ofMillis(1800))).isNull();
      checks.suspend("vs1", false);
      Verdicts.Heard down = heard.next(WAIT);
      assertThat(down).isNotNull();
      assertThat(down.verdict().up()).isFalse();
    }
  }
}

package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jkeepalived.lvs.check.CheckSpec;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.Test;

/**
 * checker_rt_priority / checker_priority: the thread set-up the daemon gives the checkers runs on
 * the threads that run the checks (jk-check-N), before the check that needs them.
 */
class CheckerThreadSetupTest {
  @Test
  void theSetUpRunsOnTheThreadThatRunsTheCheck() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Set<String> setUp = ConcurrentHashMap.newKeySet();
    Verdicts heard = new Verdicts();
    CheckSpec spec = Specs.spec("rs1", port, new CheckerConfig.TcpCheck(
        Specs.connection(Duration.ofMillis(500)), Specs.fast(1, false)));
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none(),
        () -> setUp.add(Thread.currentThread().getName()))) {
      checks.run(List.of(spec));
      Verdicts.Heard down = heard.next(Duration.ofSeconds(5));
      assertThat(down).isNotNull();
      assertThat(down.verdict().up()).isFalse(); // the check ran: nobody listens
    }
    assertThat(setUp).isNotEmpty().allMatch(n -> n.startsWith("jk-check"));
  }
}

package org.jkeepalived.agent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.agent.vrrp.VrrpService;
import org.jkeepalived.engine.loop.ThreadTuning;
import org.jkeepalived.lvs.service.LvsEngine;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.junit.jupiter.api.Test;

/**
 * global_defs' vrrp_* and checker_* scheduling keywords reach the engine they belong to, and
 * only that one: vrrp_rt_priority the VRRP threads (SCHED_RR, so not vrrp_priority's nice, as
 * keepalived's set_process_priorities), checker_priority the checker's threads.
 */
class EngineThreadTuningTest {
  private static List<String> applied(ThreadTuning t) {
    List<String> calls = new ArrayList<>();
    t.with(p -> calls.add("SCHED_RR " + p), n -> calls.add("nice " + n)).run();
    return calls;
  }

  @Test
  void eachEngineGetsItsOwnProcessSettings() {
    KeepalivedConfig c = EngineHostTest.parse("global_defs {\n  router_id r1\n"
        + "  vrrp_rt_priority 7\n"
        + "  vrrp_priority -5\n  checker_priority -3\n}\n");
    assertThat(applied(VrrpService.tuning(c))).containsExactly("SCHED_RR 7");
    assertThat(applied(LvsEngine.tuning(c))).containsExactly("nice -3");
  }

  @Test
  void checkerRealtimeAndVrrpNiceTheOtherWayRound() {
    KeepalivedConfig c = EngineHostTest.parse("global_defs {\n  router_id r1\n"
        + "  vrrp_priority 4\n"
        + "  checker_rt_priority 2\n}\n");
    assertThat(applied(VrrpService.tuning(c))).containsExactly("nice 4");
    assertThat(applied(LvsEngine.tuning(c))).containsExactly("SCHED_RR 2");
  }

  @Test
  void noKeywordsNoChange() {
    KeepalivedConfig c = EngineHostTest.parse("global_defs {\n  router_id r1\n}\n");
    assertThat(applied(VrrpService.tuning(c))).isEmpty();
    assertThat(applied(LvsEngine.tuning(c))).isEmpty();
  }
}

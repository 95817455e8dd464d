package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.junit.jupiter.api.Test;

/** SIGTERM (keepalived's clear_services) and the global LVS settings around start and stop. */
class ShutdownTest {
  static String conf(String global, String vsOptions) {
    return """
        global_defs {
          router_id lb1
          %s
        }
        virtual_server 198.18.2.10 80 {
          lb_algo rr
          lb_kind NAT
          protocol TCP
          quorum_down "/bin/echo qdown"
          %s
          real_server 198.18.2.21 8080 {
            weight 1
            notify_down "/bin/echo rsdown"
            TCP_CHECK {
            }
          }
        }
        """.formatted(global, vsOptions);
  }

  @Test
  void stopRemovesWhatTheEngineAddedAndPublishesShutdown() {
    try (LvsRig rig = LvsRig.start(conf("", ""))) {
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080", "DEL_SERVICE tcp 198.18.2.10:80");
      assertThat(rig.vs(1).quorumStatus()).isEqualTo(QuorumStatus.SHUTDOWN);
      assertThat(rig.rs(1, 1).status()).isEqualTo(RealServerStatus.DEAD);
      assertThat(rig.scripts).isEmpty();
    }
  }

  @Test
  void omegaRunsTheDownScriptsWhenStopping() {
    try (LvsRig rig = LvsRig.start(conf("", "omega"))) {
      rig.core.shutdown();
      assertThat(rig.scripts).containsExactly("/bin/echo rsdown", "/bin/echo qdown");
    }
  }

  @Test
  void dontReleaseIpvsLeavesTheTable() {
    try (LvsRig rig = LvsRig.start(conf("", ""), true)) {
      String table = rig.ipvs.save();
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).isEmpty();
      assertThat(rig.ipvs.save()).isEqualTo(table);
    }
  }

  @Test
  void flushOnStopIsOneFlush() {
    try (LvsRig rig = LvsRig.start(conf("lvs_flush_onstop", ""))) {
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).containsExactly("FLUSH");
    }
  }

  @Test
  void flushAtStartComesFirst() {
    try (LvsRig rig = LvsRig.start(conf("lvs_flush", ""))) {
      assertThat(rig.ipvs.calls()).first().isEqualTo("FLUSH");
    }
  }

  @Test
  void timeoutsAreSetAtStartAndRestoredAtStop() throws Exception {
    try (LvsRig rig = LvsRig.start(conf("lvs_timeouts tcp 600 udp 60", ""))) {
      assertThat(rig.ipvs.calls()).first().isEqualTo("SET_CONFIG tcp 600 tcpfin 0 udp 60");
      assertThat(rig.ipvs.timeouts()).isEqualTo(new IpvsTimeouts(600, 120, 60));
      rig.core.shutdown();
      assertThat(rig.ipvs.timeouts()).isEqualTo(new IpvsTimeouts(900, 120, 300));
    }
  }

  @Test
  void checkersStopAndLateVerdictsAreIgnored() {
    try (LvsRig rig = LvsRig.start(conf("", ""))) {
      var id = rig.checks.checksOf("198.18.2.21 8080").get(0);
      rig.core.shutdown();
      assertThat(rig.checks.closed()).isTrue();
      rig.ipvs.clearCalls();
      rig.core.verdict(id, org.jkeepalived.lvs.check.CheckVerdict.up("late"));
      assertThat(rig.ipvs.calls()).isEmpty();
    }
  }
}

package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.junit.jupiter.api.Test;

/** A real server's life in IPVS as its checkers judge it (keepalived's check/ipwrapper.c). */
class RealServerLifecycleTest {
  static String conf(String vsOptions, String rs1Options, String rs2Options) {
    return """
        virtual_server 198.18.2.10 80 {
          lb_algo wrr
          lb_kind NAT
          protocol TCP
          %s
          real_server 198.18.2.21 8080 {
            weight 3
            %s
            TCP_CHECK {
              connect_timeout 1
            }
          }
          real_server 198.18.2.22 8080 {
            weight 2
            %s
            TCP_CHECK {
              connect_timeout 1
            }
            TCP_CHECK {
              connect_port 8081
            }
          }
        }
        """.formatted(vsOptions, rs1Options, rs2Options);
  }

  @Test
  void downIsRemovedAndUpIsAddedWithItsWeight() {
    try (LvsRig rig = LvsRig.start(conf("", "", ""))) {
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.21 8080", 0, false);
      assertThat(rig.rs(1, 1).status()).isEqualTo(RealServerStatus.DEAD);
      assertThat(rig.rs(1, 1).failedChecks()).isEqualTo(1);
      rig.verdict("198.18.2.21 8080", 0, true);
      assertThat(rig.rs(1, 1).status()).isEqualTo(RealServerStatus.ALIVE);
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 3");
    }
  }

  @Test
  void upOnlyWhenEveryCheckerIsUp() {
    try (LvsRig rig = LvsRig.start(conf("", "", ""))) {
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.22 8080", 0, false);
      rig.verdict("198.18.2.22 8080", 1, false);
      rig.verdict("198.18.2.22 8080", 0, true);
      assertThat(rig.rs(1, 2).failedChecks()).isEqualTo(1);
      assertThat(rig.rs(1, 2).status()).isEqualTo(RealServerStatus.DEAD);
      rig.verdict("198.18.2.22 8080", 1, true);
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080 masq w 2");
    }
  }

  @Test
  void inhibitOnFailureKeepsTheServerAtWeightZero() {
    try (LvsRig rig = LvsRig.start(conf("", "inhibit_on_failure", ""))) {
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.21 8080", 0, false);
      assertThat(rig.ipvs.save()).contains("-r 198.18.2.21:8080 -m -w 0");
      rig.verdict("198.18.2.21 8080", 0, true);
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 0",
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 3");
    }
  }

  @Test
  void alphaStartsDownUntilProven() {
    try (LvsRig rig = LvsRig.start(conf("alpha", "", ""))) {
      assertThat(rig.ipvs.save()).isEqualTo("-A -t 198.18.2.10:80 -s wrr\n");
      assertThat(rig.rs(1, 1).status()).isEqualTo(RealServerStatus.DEAD);
      assertThat(rig.vs(1).realServersUp()).isZero();
      rig.verdict("198.18.2.21 8080", 0, true);
      assertThat(rig.ipvs.save()).contains("-r 198.18.2.21:8080 -m -w 3");
      assertThat(rig.vs(1).realServersUp()).isEqualTo(1);
    }
  }

  @Test
  void alphaWithInhibitStartsAtWeightZero() {
    try (LvsRig rig = LvsRig.start(conf("alpha", "inhibit_on_failure", ""))) {
      assertThat(rig.ipvs.save()).isEqualTo("""
          -A -t 198.18.2.10:80 -s wrr
          -a -t 198.18.2.10:80 -r 198.18.2.21:8080 -m -w 0
          """);
    }
  }

  @Test
  void miscDynamicSetsTheWeightAndFileCheckAdjustsIt() {
    try (LvsRig rig = LvsRig.start(conf("", "", ""))) {
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.21 8080", 0, new CheckVerdict(true, OptionalInt.of(7), 0, "exit 9"));
      rig.verdict("198.18.2.21 8080", 0, new CheckVerdict(true, OptionalInt.empty(), -1, "file"));
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 7",
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 2");
    }
  }

  @Test
  void notifyScriptsRunOnTransitions() {
    String notify = "notify_up \"/bin/echo up\"\n notify_down \"/bin/echo down\"";
    try (LvsRig rig = LvsRig.start(conf("", notify, ""))) {
      assertThat(rig.scripts).isEmpty();
      rig.verdict("198.18.2.21 8080", 0, false);
      rig.verdict("198.18.2.21 8080", 0, true);
      assertThat(rig.scripts).containsExactly("/bin/echo down", "/bin/echo up");
    }
  }

  @Test
  void checkersGetEveryRealServersChecksWithStableKeys() {
    try (LvsRig rig = LvsRig.start(conf("", "", ""))) {
      assertThat(rig.checks.running().keySet())
          .extracting(id -> id.realServer() + "#" + id.ordinal())
          .containsExactlyInAnyOrder(
              "ip 198.18.2.10 80 tcp rs 198.18.2.21 8080#0",
              "ip 198.18.2.10 80 tcp rs 198.18.2.22 8080#0",
              "ip 198.18.2.10 80 tcp rs 198.18.2.22 8080#1");
      assertThat(rig.checks.running().values())
          .allMatch(s -> s.virtualServer().equals("ip 198.18.2.10 80 tcp"));
    }
  }

  @Test
  void refusedKernelCallIsLoggedAndRetriedOnTheNextChange() {
    try (LvsRig rig = LvsRig.start(conf("", "", ""))) {
      rig.ipvs.clearCalls();
      rig.ipvs.failNext(new org.jkeepalived.linux.ipvs.IpvsException("no memory", 12));
      rig.verdict("198.18.2.21 8080", 0, false);
      assertThat(rig.ipvs.save()).contains("198.18.2.21:8080");
      rig.verdict("198.18.2.22 8080", 0, false);
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 !errno 12",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080");
    }
  }
}

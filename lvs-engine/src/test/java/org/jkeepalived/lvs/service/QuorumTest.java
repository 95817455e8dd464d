package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.mibs.model.QuorumStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quorum with hysteresis, the quorum scripts and the sorry server (keepalived's
 * update_quorum_state): gained at quorum + hysteresis, lost below quorum - hysteresis.
 */
class QuorumTest {
  /** Three real servers of weights 1, 2, 3, each with one checker. */
  static String conf(String options) {
    return """
        virtual_server 198.18.2.10 80 {
          lb_algo rr
          lb_kind DR
          protocol TCP
          quorum_up "/bin/echo up"
          quorum_down "/bin/echo down"
          %s
          real_server 198.18.2.21 80 {
            weight 1
            TCP_CHECK {
            }
          }
          real_server 198.18.2.22 80 {
            weight 2
            TCP_CHECK {
            }
          }
          real_server 198.18.2.23 80 {
            weight 3
            TCP_CHECK {
            }
          }
        }
        """.formatted(options);
  }

  @Test
  void quorumMetAtStartRunsQuorumUp() {
    try (LvsRig rig = LvsRig.start(conf("quorum 6"))) {
      assertThat(rig.vs(1).quorumStatus()).isEqualTo(QuorumStatus.MET);
      assertThat(rig.scripts).containsExactly("/bin/echo up");
    }
  }

  @ParameterizedTest(name = "quorum {0} hysteresis {1}: down {2} -> {3}, up again {4} -> {5}")
  @CsvSource({
      // quorum, hysteresis, servers taken down in order, quorum after, servers back, after
      "4, 0, '.23', notMet, '.23', met",
      "4, 1, '.23', met, '.23', met",
      "4, 1, '.23 .21', notMet, '.21', notMet",
      "4, 1, '.23 .21', notMet, '.21 .23', met",
      "3, 1, '.23 .22', notMet, '.22', notMet",
      "3, 1, '.23 .22', notMet, '.23', met",
  })
  void hysteresis(int quorum, int hysteresis, String down, String afterDown, String up,
      String afterUp) {
    try (LvsRig rig = LvsRig.start(conf("quorum " + quorum + "\nhysteresis " + hysteresis))) {
      for (String s : down.split(" ")) {
        rig.verdict("198.18.2" + s + " 80", 0, false);
      }
      assertThat(rig.vs(1).quorumStatus().mibName()).isEqualTo(afterDown);
      for (String s : up.split(" ")) {
        rig.verdict("198.18.2" + s + " 80", 0, true);
      }
      assertThat(rig.vs(1).quorumStatus().mibName()).isEqualTo(afterUp);
    }
  }

  @Test
  void quorumScriptsFollowTheTransitions() {
    try (LvsRig rig = LvsRig.start(conf("quorum 5"))) {
      rig.verdict("198.18.2.23 80", 0, false);
      rig.verdict("198.18.2.23 80", 0, true);
      assertThat(rig.scripts).containsExactly("/bin/echo up", "/bin/echo down", "/bin/echo up");
    }
  }

  @Test
  void sorryServerStandsInWhileQuorumIsLost() {
    try (LvsRig rig = LvsRig.start(conf("quorum 5\nsorry_server 198.18.2.99 80"))) {
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.23 80", 0, false);
      assertThat(rig.ipvs.save()).isEqualTo("""
          -A -t 198.18.2.10:80 -s rr
          -a -t 198.18.2.10:80 -r 198.18.2.99:80 -g -w 1
          """);
      rig.verdict("198.18.2.23 80", 0, true);
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:80",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.23:80",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.99:80 route w 1",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.99:80",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80 route w 1",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.22:80 route w 2",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.23:80 route w 3");
    }
  }

  @Test
  void aServerComingBackWhileTheSorryServerStandsInWaitsForQuorum() {
    try (LvsRig rig = LvsRig.start(conf("quorum 5\nsorry_server 198.18.2.99 80"))) {
      rig.verdict("198.18.2.23 80", 0, false);
      rig.verdict("198.18.2.21 80", 0, false);
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.21 80", 0, true);
      assertThat(rig.ipvs.calls()).isEmpty();
      assertThat(rig.vs(1).realServersUp()).isEqualTo(2);
    }
  }

  @Test
  void sorryServerWithoutQuorumAtStart() {
    try (LvsRig rig = LvsRig.start(conf("quorum 5\nalpha\nsorry_server 198.18.2.99 80"))) {
      assertThat(rig.ipvs.save()).isEqualTo("""
          -A -t 198.18.2.10:80 -s rr
          -a -t 198.18.2.10:80 -r 198.18.2.99:80 -g -w 1
          """);
      assertThat(rig.vs(1).quorumStatus()).isEqualTo(QuorumStatus.NOT_MET);
      assertThat(rig.scripts).containsExactly("/bin/echo down");
    }
  }

  @Test
  void inhibitedSorryServerWaitsAtWeightZero() {
    try (LvsRig rig = LvsRig.start(
        conf("quorum 5\nsorry_server 198.18.2.99 80\nsorry_server_inhibit"))) {
      assertThat(rig.ipvs.save()).contains("-r 198.18.2.99:80 -g -w 0");
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.23 80", 0, false);
      assertThat(rig.ipvs.calls()).last()
          .isEqualTo("SET_DEST tcp 198.18.2.10:80 -> 198.18.2.99:80 route w 1");
    }
  }

  @Test
  void sorryServerLvsMethod() {
    try (LvsRig rig = LvsRig.start(conf(
        "quorum 5\nalpha\nsorry_server 198.18.2.99 8080\nsorry_server_lvs_method NAT"))) {
      assertThat(rig.ipvs.save()).contains("-r 198.18.2.99:8080 -m -w 1");
    }
  }
}

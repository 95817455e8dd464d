package org.jkeepalived.test.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading state lines as keepalived 2.2.7 writes them with -l -D (captured in a lab run). */
class VrrpLogTest {
  private static final String KEEPALIVED =
      String.join("\n",
          "### jklab start 2026-11-23T12:40:15Z ip netns exec jklb1 keepalived -n -l -D",
          "Mon Nov 23 12:40:15 2026: Starting Keepalived v2.2.7 (01/16,2022)",
          "Mon Nov 23 12:40:15 2026: (VI_1) removing VIPs.",
          "Mon Nov 23 12:40:15 2026: (VI_1) Entering BACKUP STATE (init)",
          "Mon Nov 23 12:40:19 2026: (VI_1) Receive advertisement timeout",
          "Mon Nov 23 12:40:19 2026: (VI_1) Entering MASTER STATE",
          "Mon Nov 23 12:40:19 2026: (VI_1) setting VIPs.",
          "Mon Nov 23 12:40:19 2026: (VI_1) received an invalid passwd!",
          "Mon Nov 23 12:40:20 2026: (VI_2) Entering FAULT STATE",
          "Mon Nov 23 12:40:21 2026: (VI_1) received an invalid passwd!",
          "Mon Nov 23 12:40:21 2026: Stopping",
          "Mon Nov 23 12:40:21 2026: (VI_1) sent 0 priority",
          "Mon Nov 23 12:40:22 2026: Stopped Keepalived v2.2.7 (01/16,2022)",
          "");

  @Test
  void transitionsInOrderWithReasons() {
    List<VrrpLog.Transition> t = VrrpLog.transitions(KEEPALIVED);
    assertThat(t).extracting(VrrpLog.Transition::instance, VrrpLog.Transition::state,
            VrrpLog.Transition::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VI_1", LoggedVrrpState.BACKUP, "init"),
            org.assertj.core.groups.Tuple.tuple("VI_1", LoggedVrrpState.MASTER, ""),
            org.assertj.core.groups.Tuple.tuple("VI_2", LoggedVrrpState.FAULT, ""));
    assertThat(t.get(1).line()).isEqualTo(6);
  }

  @Test
  void lastStatePerInstance() {
    assertThat(VrrpLog.state(KEEPALIVED, "VI_1")).isEqualTo(LoggedVrrpState.MASTER);
    assertThat(VrrpLog.state(KEEPALIVED, "VI_2")).isEqualTo(LoggedVrrpState.FAULT);
    assertThat(VrrpLog.state(KEEPALIVED, "VI_3")).isEqualTo(LoggedVrrpState.UNKNOWN);
    assertThat(VrrpLog.state("", "VI_1")).isEqualTo(LoggedVrrpState.UNKNOWN);
  }

  @Test
  void authErrorsAndPriorityZero() {
    assertThat(VrrpLog.authErrors(KEEPALIVED, "VI_1")).isEqualTo(2);
    assertThat(VrrpLog.authErrors(KEEPALIVED, "VI_2")).isZero();
    assertThat(VrrpLog.sentPriorityZero(KEEPALIVED, "VI_1")).isTrue();
    assertThat(VrrpLog.sentPriorityZero(KEEPALIVED, "VI_2")).isFalse();
  }

  @Test
  void onlyTheLastRunCounts() {
    String two = KEEPALIVED + VrrpLog.START_MARKER + " second run\n"
        + "12:41:00 jkeepalived: (VI_1) Entering BACKUP STATE (init)\n";
    assertThat(VrrpLog.state(VrrpLog.sinceLastStart(two), "VI_1")).isEqualTo(LoggedVrrpState.BACKUP);
    assertThat(VrrpLog.authErrors(VrrpLog.sinceLastStart(two), "VI_1")).isZero();
    assertThat(VrrpLog.sinceLastStart("no marker")).isEqualTo("no marker");
  }

  @Test
  void otherWordingIsNotAState() {
    String log = "(VI_1) Entering MASTER state\n(VI_1) entering MASTER STATE\n"
        + "(VI_1) Entering MASTER STATE now\nVI_1 Entering MASTER STATE\n";
    assertThat(VrrpLog.transitions(log)).isEmpty();
  }
}

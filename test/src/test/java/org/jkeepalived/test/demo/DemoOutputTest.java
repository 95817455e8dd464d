package org.jkeepalived.test.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link DemoOutput} reads a demo transcript (an excerpt of a real run). */
class DemoOutputTest {
  private static final String RUN =
      String.join(
          "\n",
          "   0.00s  starting the three jkeepalived daemons (java -jar jkeepalived-all.jar -x ...)",
          "    time  jkdm1     jkdm2     jkdm3     VIP 198.18.99.100 held by",
          "   1.96s  starting  starting  starting  -",
          "   9.23s  BACKUP*   BACKUP*   BACKUP*   -",
          "  10.29s  MASTER    BACKUP    BACKUP    jkdm1",
          "  10.31s  ok: exactly one MASTER (jkdm1) holds the VIP, the others are BACKUP",
          "  10.31s  kill -9 jkdm1 (pid 14096), the master",
          "  10.38s  down      BACKUP    BACKUP    - (stale on dead jkdm1)",
          "  12.42s  down      MASTER    BACKUP    jkdm2 (stale on dead jkdm1)",
          "  12.43s  takeover: jkdm2 is MASTER with the VIP 2.11 s after kill -9 of jkdm1",
          "  12.43s  snmpwalk -v2c -c public 127.0.0.1:1161 KEEPALIVED-MIB::vrrpInstanceTable:",
          "    KEEPALIVED-MIB::vrrpInstanceState.1 = INTEGER: master(2)",
          "  end of snmpwalk",
          "  20.32s  demo complete");

  private final DemoOutput out = new DemoOutput(RUN);

  @Test
  void lastRowBeforeAMilestoneCountsItsMasters() {
    assertThat(out.lastRowBefore("kill -9").orElseThrow().masters()).isEqualTo(1);
    assertThat(out.lastRowBefore("kill -9").orElseThrow().vip()).isEqualTo("jkdm1");
    DemoOutput.Row afterKill = out.lastRowBefore("takeover:").orElseThrow();
    assertThat(afterKill.states()).containsExactly("down", "MASTER", "BACKUP");
    assertThat(afterKill.vip()).isEqualTo("jkdm2 (stale on dead jkdm1)");
  }

  @Test
  void logMarkedStatesCountAsTheirState() {
    assertThat(new DemoOutput("   1.00s  MASTER*   MASTER*   BACKUP*   jkdm1\nkill -9")
            .lastRowBefore("kill -9").orElseThrow().masters())
        .isEqualTo(2);
  }

  @Test
  void milestoneLinesAreNotRows() {
    assertThat(out.lastRowBefore("ok: exactly").orElseThrow().states())
        .containsExactly("MASTER", "BACKUP", "BACKUP");
  }

  @Test
  void takeoverLineGivesNewMasterTimeAndVictim() {
    DemoOutput.Takeover t = out.takeover().orElseThrow();
    assertThat(t.newMaster()).isEqualTo("jkdm2");
    assertThat(t.killed()).isEqualTo("jkdm1");
    assertThat(t.seconds()).isEqualTo(2.11);
  }

  @Test
  void snmpwalkSectionIsBetweenHeaderAndEndMarker() {
    assertThat(out.snmpwalkSection())
        .containsExactly("    KEEPALIVED-MIB::vrrpInstanceState.1 = INTEGER: master(2)");
    assertThat(new DemoOutput("snmpwalk -v2c ...\n  x\n").snmpwalkSection()).isEmpty();
  }

  @Test
  void narrationStartingWithAStateWordIsNotARow() {
    assertThat(out.lastRowBefore("time  jkdm1")).isEmpty();
  }

  @Test
  void missingMilestonesAreEmpty() {
    DemoOutput none = new DemoOutput("demo: needs root");
    assertThat(none.takeover()).isEmpty();
    assertThat(none.lastRowBefore("kill -9")).isEmpty();
    assertThat(none.has("demo complete")).isFalse();
  }
}

package org.jkeepalived.linux.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IgnoredSignalsTest {
  @Test
  void sigIgnMaskNamesSignalsByNumber() {
    // nohup'ed and backgrounded by sh: SIGHUP (1), SIGINT (2), SIGQUIT (3) ignored; bit n-1 is n
    String status = "Name:\tjava\nSigBlk:\t0000000000000000\nSigIgn:\t0000000000000007\n"
        + "SigCgt:\t2000000181005ccf\n";
    assertThat(IgnoredSignals.parse(status)).containsExactly(1, 2, 3);
  }

  @Test
  void highSignalsAndAnEmptyMaskParse() {
    assertThat(IgnoredSignals.parse("SigIgn:\t8000000000001000\n")).containsExactly(13, 64);
    assertThat(IgnoredSignals.parse("SigIgn:\t0000000000000000\n")).isEmpty();
    assertThat(IgnoredSignals.parse("Name:\tx\n")).isEmpty();
  }

  @Test
  void thisProcessIsReadable() {
    // the test JVM's own mask parses (whatever its parent ignored)
    assertThat(IgnoredSignals.current()).allMatch(n -> n >= 1 && n <= 64);
  }
}

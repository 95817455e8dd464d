package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessQuorumStateTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Instant at(long ms) {
    return T0.plusMillis(ms);
  }

  @ParameterizedTest(name = "quorum {0}..{1} count {2} -> up {3}")
  @CsvSource({
    "1, 2147483647, 0, false",
    "1, 2147483647, 1, true",
    "2, 2147483647, 1, false",
    "2, 2147483647, 5, true",
    "1, 1, 2, false",   // quorum_max 1: two instances are a failure
    "0, 0, 0, true",    // quorum_max 0: up only while none runs
    "0, 0, 1, false",
  })
  void quorumWithoutDelays(int quorum, int max, int count, boolean up) {
    assertThat(ProcessQuorumState.initial(quorum, max, null, null, count).up()).isEqualTo(up);
    ProcessQuorumState s = ProcessQuorumState.initial(quorum, max, null, null, up ? 99 : count)
        .withCount(count, T0);
    assertThat(s.up()).isEqualTo(up);
    assertThat(s.nextDeadline()).isEmpty();
  }

  @Test
  void forkDelayDefersUp() {
    ProcessQuorumState s = ProcessQuorumState.initial(1, Integer.MAX_VALUE, Duration.ofMillis(500), Duration.ZERO, 0);
    s = s.withCount(1, at(0));
    assertThat(s.up()).isFalse();
    assertThat(s.nextDeadline()).contains(at(500));
    assertThat(s.tick(at(499)).up()).isFalse();
    s = s.tick(at(500));
    assertThat(s.up()).isTrue();
    assertThat(s.nextDeadline()).isEmpty();
  }

  @Test
  void exitDuringForkDelayCancelsIt() {
    ProcessQuorumState s = ProcessQuorumState.initial(1, Integer.MAX_VALUE, Duration.ofMillis(500), Duration.ZERO, 0)
        .withCount(1, at(0)).withCount(0, at(100));
    assertThat(s.nextDeadline()).isEmpty();
    assertThat(s.tick(at(1000)).up()).isFalse();
  }

  @Test
  void terminateDelayRidesOverARestart() {
    ProcessQuorumState s = ProcessQuorumState.initial(1, Integer.MAX_VALUE, Duration.ZERO, Duration.ofSeconds(2), 1);
    s = s.withCount(0, at(0));
    assertThat(s.up()).isTrue();
    assertThat(s.nextDeadline()).contains(at(2000));
    s = s.withCount(1, at(800)); // restarted in time: never reported down
    assertThat(s.up()).isTrue();
    assertThat(s.nextDeadline()).isEmpty();
    s = s.withCount(0, at(3000)).tick(at(5000));
    assertThat(s.up()).isFalse();
  }

  @Test
  void secondChangeDoesNotRestartTheTimer() {
    ProcessQuorumState s = ProcessQuorumState.initial(2, Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ZERO, 0)
        .withCount(2, at(0)).withCount(3, at(600));
    assertThat(s.nextDeadline()).contains(at(1000));
    assertThat(s.tick(at(1000)).up()).isTrue();
  }
}

package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackerMathTest {

  private static Observation parse(String s) {
    return switch (s) {
      case "UP" -> Observation.UP;
      case "DOWN" -> Observation.DOWN;
      case "PENDING" -> Observation.PENDING;
      default -> Observation.value(Long.parseLong(s));
    };
  }

  @ParameterizedTest(name = "{0} weight {1} reverse {2} observed {3} -> delta {4} fault {5} pending {6}")
  @CsvSource({
    // kind, weight, reverse, observation, delta, fault, pending
    // weight 0: FAULT when down, or when up if reversed
    "SCRIPT, 0, false, UP, 0, false, false",
    "SCRIPT, 0, false, DOWN, 0, true, false",
    "SCRIPT, 0, true, UP, 0, true, false",
    "SCRIPT, 0, true, DOWN, 0, false, false",
    "SCRIPT, 0, false, PENDING, 0, false, true",
    "SCRIPT, 0, true, PENDING, 0, false, true",
    // weighted script still pending: no adjustment yet
    "SCRIPT, 10, false, PENDING, 0, false, false",
    "SCRIPT, -10, false, PENDING, 0, false, false",
    // positive weight: added while up
    "SCRIPT, 10, false, UP, 10, false, false",
    "SCRIPT, 10, false, DOWN, 0, false, false",
    // negative weight: added while down
    "SCRIPT, -10, false, UP, 0, false, false",
    "SCRIPT, -10, false, DOWN, -10, false, false",
    // reverse: the direction flips
    "SCRIPT, 10, true, UP, -10, false, false",
    "SCRIPT, 10, true, DOWN, 0, false, false",
    "SCRIPT, -10, true, UP, 0, false, false",
    "SCRIPT, -10, true, DOWN, 10, false, false",
    // the same rules for processes, interfaces and BFD
    "PROCESS, 0, false, DOWN, 0, true, false",
    "PROCESS, 5, false, UP, 5, false, false",
    "PROCESS, -5, true, DOWN, 5, false, false",
    "INTERFACE, 0, false, DOWN, 0, true, false",
    "INTERFACE, 0, true, UP, 0, true, false",
    "INTERFACE, 20, false, UP, 20, false, false",
    "INTERFACE, -20, false, DOWN, -20, false, false",
    "INTERFACE, 0, false, PENDING, 0, false, false",
    "BFD, 0, false, DOWN, 0, true, false",
    "BFD, 30, true, UP, -30, false, false",
    "BFD, -30, false, DOWN, -30, false, false",
    // track_file weight 0: non-zero is a failure, reverse: zero is a failure
    "FILE, 0, false, 0, 0, false, false",
    "FILE, 0, false, 7, 0, true, false",
    "FILE, 0, false, -1, 0, true, false",
    "FILE, 0, true, 0, 0, true, false",
    "FILE, 0, true, 3, 0, false, false",
    // track_file weighted: value * weight (negated if reversed), capped at 253, FAULT at <= -254
    "FILE, 1, false, 0, 0, false, false",
    "FILE, 1, false, 20, 20, false, false",
    "FILE, 1, false, -20, -20, false, false",
    "FILE, 5, false, 10, 50, false, false",
    "FILE, -5, false, 10, -50, false, false",
    "FILE, 5, true, 10, -50, false, false",
    "FILE, 1, false, 300, 253, false, false",
    "FILE, 1, false, 253, 253, false, false",
    "FILE, 1, false, -253, -253, false, false",
    "FILE, 1, false, -254, 0, true, false",
    "FILE, 2, false, -127, 0, true, false",
    "FILE, 254, false, -1, 0, true, false",
    "FILE, 1, true, 254, 0, true, false",
    "FILE, 2147483647, false, 9223372036854775807, 253, false, false",
    "FILE, -2147483647, false, 9223372036854775807, 0, true, false",
    // a file not read yet reads as 0
    "FILE, 0, false, PENDING, 0, false, false",
  })
  void effectFollowsKeepalived(
      TrackerKind kind, int weight, boolean reverse, String observed, int delta, boolean fault, boolean pending) {
    TrackerEffect e = TrackerMath.effect(new TrackedObject(kind, "x", weight, reverse), parse(observed));
    assertThat(e).isEqualTo(new TrackerEffect(delta, fault, pending));
  }

  @org.junit.jupiter.api.Test
  void mismatchedObservationsAreRefused() {
    assertThatThrownBy(() -> TrackerMath.effect(
        new TrackedObject(TrackerKind.FILE, "f", 1, false), Observation.UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerMath.effect(
        new TrackedObject(TrackerKind.SCRIPT, "s", 1, false), Observation.value(3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void initialObservations() {
    assertThat(TrackerMath.initialObservation(TrackerKind.SCRIPT)).isEqualTo(Observation.PENDING);
    assertThat(TrackerMath.initialObservation(TrackerKind.FILE)).isEqualTo(Observation.value(0));
    assertThat(TrackerMath.initialObservation(TrackerKind.BFD)).isEqualTo(Observation.DOWN);
    assertThat(TrackerMath.initialObservation(TrackerKind.PROCESS)).isEqualTo(Observation.DOWN);
    assertThat(TrackerMath.initialObservation(TrackerKind.INTERFACE)).isEqualTo(Observation.DOWN);
  }
}

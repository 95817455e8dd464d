package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectivePriorityTest {

  @ParameterizedTest(name = "base {0} total {1} -> {2}")
  @CsvSource({
    "100, 100, 100",
    "100, 0, 1",
    "100, -400, 1",
    "100, 1, 1",
    "100, 254, 254",
    "100, 255, 254",
    "100, 600, 254",
    "255, 1, 255",
    "255, 300, 255",
    "1, 1, 1",
  })
  void clampsAsKeepalived(int base, int total, int expected) {
    assertThat(EffectivePriority.clamp(base, total)).isEqualTo(expected);
  }

  private static TrackedObject script(String n, int w) {
    return new TrackedObject(TrackerKind.SCRIPT, n, w, false);
  }

  @Test
  void sumsEveryTrackerAsTheRealKeepalivedDid() {
    // Observed with keepalived 2.2.7 in a namespace: priority 100, scripts exiting 126 (weight
    // -20), 127 (weight -10) and 0 (weight 5): "Changing effective priority ... to 75".
    List<TrackedObject> t = List.of(script("s127", -10), script("s126", -20), script("s0", 5));
    PriorityResult r = EffectivePriority.evaluate(100, t, Map.of(
        new TrackerKey(TrackerKind.SCRIPT, "s127"), Observation.DOWN,
        new TrackerKey(TrackerKind.SCRIPT, "s126"), Observation.DOWN,
        new TrackerKey(TrackerKind.SCRIPT, "s0"), Observation.UP));
    assertThat(r).isEqualTo(new PriorityResult(75, 75, false, false, List.of()));
  }

  @Test
  void weightZeroDownFaultsAndNamesTheTracker() {
    List<TrackedObject> t = List.of(
        new TrackedObject(TrackerKind.INTERFACE, "eth0", 0, false), script("chk", 10));
    PriorityResult r = EffectivePriority.evaluate(100, t, Map.of(
        new TrackerKey(TrackerKind.SCRIPT, "chk"), Observation.UP));
    // eth0 not observed yet: an unknown interface counts as down
    assertThat(r.fault()).isTrue();
    assertThat(r.faultedBy()).containsExactly(new TrackerKey(TrackerKind.INTERFACE, "eth0"));
    assertThat(r.effectivePriority()).isEqualTo(110);
  }

  @Test
  void pendingWeightZeroScriptHoldsInit() {
    PriorityResult r = EffectivePriority.evaluate(100, List.of(script("chk", 0)), Map.of());
    assertThat(r.pending()).isTrue();
    assertThat(r.fault()).isFalse();
    assertThat(r.effectivePriority()).isEqualTo(100);
  }

  @Test
  void ownerKeeps255ButStillFaults() {
    List<TrackedObject> t = List.of(script("w", -50), script("z", 0));
    PriorityResult r = EffectivePriority.evaluate(255, t, Map.of(
        new TrackerKey(TrackerKind.SCRIPT, "w"), Observation.DOWN,
        new TrackerKey(TrackerKind.SCRIPT, "z"), Observation.DOWN));
    assertThat(r.effectivePriority()).isEqualTo(255);
    assertThat(r.totalPriority()).isEqualTo(255);
    assertThat(r.fault()).isTrue();
  }

  @Test
  void fileValueBelowMinus253Faults() {
    TrackedObject f = new TrackedObject(TrackerKind.FILE, "f", 10, false);
    PriorityResult r = EffectivePriority.evaluate(
        100, List.of(f), Map.of(f.key(), Observation.value(-26)));
    assertThat(r.fault()).isTrue();
    PriorityResult ok = EffectivePriority.evaluate(
        100, List.of(f), Map.of(f.key(), Observation.value(-25)));
    assertThat(ok).isEqualTo(new PriorityResult(1, -150, false, false, List.of()));
  }
}

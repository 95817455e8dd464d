package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpSyncGroupConfig;
import org.junit.jupiter.api.Test;

class TrackingResolverTest {
  private static final TrackerDefaults DEFAULTS = new TrackerDefaults(Map.of(
      new TrackerKey(TrackerKind.SCRIPT, "s0"), new TrackerDefaults.Default(0, false),
      new TrackerKey(TrackerKind.SCRIPT, "sw"), new TrackerDefaults.Default(-20, true),
      new TrackerKey(TrackerKind.FILE, "f1"), new TrackerDefaults.Default(1, false),
      new TrackerKey(TrackerKind.FILE, "f5"), new TrackerDefaults.Default(5, false),
      new TrackerKey(TrackerKind.PROCESS, "p"), new TrackerDefaults.Default(3, false),
      new TrackerKey(TrackerKind.BFD, "b"), new TrackerDefaults.Default(7, false)));

  private final TrackingResolver resolver = new TrackingResolver(DEFAULTS);

  private static TrackRef ref(String name) {
    return new TrackRef(name, null, false);
  }

  static VrrpInstanceConfig instance(int priority, boolean dontTrackPrimary, VrrpInstanceConfig.Tracking t) {
    VrrpInstanceConfig.Tracking tracking = new VrrpInstanceConfig.Tracking(t.interfaces(), t.scripts(),
        t.files(), t.processes(), t.bfds(), dontTrackPrimary, t.trackSrcIp());
    return new VrrpInstanceConfig("VI_1", null, "eth0", 51, priority, null, 2, false, null,
        List.of(), List.of(), List.of(), List.of(), tracking, null, null, null, null, null);
  }

  private static VrrpInstanceConfig.Tracking tracking() {
    return new VrrpInstanceConfig.Tracking(
        List.of(ref("eth1"), new TrackRef("eth2", -30, false)),
        List.of(ref("s0"), ref("sw"), new TrackRef("missing", 5, false)),
        List.of(ref("f1"), ref("f5")),
        List.of(ref("p")),
        List.of(new TrackRef("b", -4, true)),
        false, false);
  }

  private static VrrpSyncGroupConfig group(boolean trackingWeight, List<TrackRef> scripts) {
    return new VrrpSyncGroupConfig("G", List.of("VI_1"), List.of(new TrackRef("eth9", 12, false)),
        scripts, List.of(), List.of(), List.of(), null, false, null, false, trackingWeight);
  }

  private static TrackedObject o(TrackerKind k, String n, int w, boolean r) {
    return new TrackedObject(k, n, w, r);
  }

  @Test
  void standaloneInstanceKeepsEveryWeightAndTracksItsInterface() {
    assertThat(resolver.resolve(instance(100, false, tracking()), null, false)).containsExactly(
        o(TrackerKind.INTERFACE, "eth0", 0, false),
        o(TrackerKind.INTERFACE, "eth1", 0, false),
        o(TrackerKind.INTERFACE, "eth2", -30, false),
        o(TrackerKind.SCRIPT, "s0", 0, false),
        o(TrackerKind.SCRIPT, "sw", -20, true),
        o(TrackerKind.FILE, "f1", 1, false),
        o(TrackerKind.FILE, "f5", 5, false),
        o(TrackerKind.PROCESS, "p", 3, false),
        o(TrackerKind.BFD, "b", -4, true));
  }

  @Test
  void dontTrackPrimaryDropsTheOwnInterface() {
    assertThat(resolver.resolve(instance(100, true, tracking()), null, false))
        .extracting(TrackedObject::name).doesNotContain("eth0");
  }

  @Test
  void syncGroupWithoutTrackingWeightZeroesOrDropsMemberWeights() {
    assertThat(resolver.resolve(instance(100, false, tracking()), group(false, List.of(ref("sw"))), false))
        .containsExactly(
            o(TrackerKind.INTERFACE, "eth0", 0, false),
            o(TrackerKind.INTERFACE, "eth1", 0, false),
            o(TrackerKind.INTERFACE, "eth2", 0, false),
            o(TrackerKind.SCRIPT, "s0", 0, false),
            o(TrackerKind.FILE, "f1", 0, false),
            // the group's own trackers keep their weights
            o(TrackerKind.INTERFACE, "eth9", 12, false),
            o(TrackerKind.SCRIPT, "sw", -20, true));
  }

  @Test
  void syncGroupTrackingWeightKeepsMemberWeights() {
    assertThat(resolver.resolve(instance(100, false, tracking()), group(true, List.of()), false))
        .contains(o(TrackerKind.SCRIPT, "sw", -20, true), o(TrackerKind.FILE, "f5", 5, false),
            o(TrackerKind.INTERFACE, "eth2", -30, false), o(TrackerKind.INTERFACE, "eth9", 12, false));
  }

  @Test
  void addressOwnerDropsWeightedTrackers() {
    assertThat(resolver.resolve(instance(255, false, tracking()), null, false)).containsExactly(
        o(TrackerKind.INTERFACE, "eth0", 0, false),
        o(TrackerKind.INTERFACE, "eth1", 0, false),
        o(TrackerKind.SCRIPT, "s0", 0, false),
        o(TrackerKind.FILE, "f1", 0, false));
  }

  @Test
  void groupWithAnOwnerMemberClearsGroupWeights() {
    assertThat(resolver.resolve(instance(100, true, tracking()), group(true, List.of(ref("sw"))), true))
        .contains(o(TrackerKind.INTERFACE, "eth9", 0, false), o(TrackerKind.SCRIPT, "sw", 0, true));
  }

  @Test
  void duplicateInterfaceKeepsWeightZero() {
    VrrpInstanceConfig.Tracking t = new VrrpInstanceConfig.Tracking(
        List.of(new TrackRef("eth0", 50, false)), List.of(), List.of(), List.of(), List.of(), false, false);
    assertThat(resolver.resolve(instance(100, false, t), null, false))
        .containsExactly(o(TrackerKind.INTERFACE, "eth0", 0, false));
  }
}

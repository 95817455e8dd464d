package org.jkeepalived.vrrp.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.StaticConfig;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.junit.jupiter.api.Test;

/** Which interfaces static track_group entries add to which instances (keepalived 2.2.7). */
class StaticTrackGroupsTest {
  private static final Map<String, List<String>> GROUPS =
      Map.of("G1", List.of("VI_1", "VI_2"), "G2", List.of("VI_3"));

  private static IpPrefix prefix(String cidr) {
    String[] p = cidr.split("/");
    try {
      return new IpPrefix(InetAddress.getByName(p[0]), Integer.parseInt(p[1]));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static VirtualAddress address(String cidr, String dev, String group, boolean noTrack) {
    return new VirtualAddress(prefix(cidr), null, dev, false, null, null, null, false, false,
        false, false, false, noTrack, group, null);
  }

  private static VirtualRoute route(String dst, String dev, String group) {
    return new VirtualRoute(null, prefix(dst), null, null, null, dev, List.of(), null, null, null,
        null, null, false, false, false, group, Map.of());
  }

  private static VirtualRule rule(int pref, String iif, String oif, String group) {
    return new VirtualRule(false, false, prefix("198.18.84.0/24"), null, pref, "table", 100, null,
        iif, oif, null, null, null, false, group, Map.of());
  }

  private static StaticConfig statics(List<VirtualAddress> a, List<VirtualRoute> r,
      List<VirtualRule> u, Map<String, List<String>> groups) {
    return new StaticConfig(a, r, u, groups, Map.of(), Map.of());
  }

  @Test
  void eachTrackedEntryAddsItsInterfaceToEveryInstanceOfItsGroup() {
    StaticTrackGroups g = StaticTrackGroups.of(statics(
        List.of(address("198.18.84.10/26", "e0", "G1", false)),
        List.of(route("198.18.84.128/26", "e1", "G1")),
        List.of(rule(100, "e2", "e9", "G2")), GROUPS), "eth0");

    assertThat(g.interfacesOf("VI_1")).containsExactlyInAnyOrder("e0", "e1");
    assertThat(g.interfacesOf("VI_2")).containsExactlyInAnyOrder("e0", "e1");
    // a rule is tracked through its iif, never its oif
    assertThat(g.interfacesOf("VI_3")).containsExactly("e2");
    assertThat(g.interfacesOf("VI_4")).isEmpty();
  }

  @Test
  void untrackedNoTrackUnknownGroupAndDeviceLessEntriesAddNothing() {
    StaticTrackGroups g = StaticTrackGroups.of(statics(
        List.of(address("198.18.84.10/26", "e0", null, false),
            address("198.18.84.11/26", "e1", "G1", true),
            address("198.18.84.12/26", "e2", "NOPE", false)),
        List.of(route("198.18.84.128/26", null, "G1")), // multipath: no dev of its own
        List.of(rule(100, null, "e3", "G1")), GROUPS), "eth0");

    assertThat(g.interfacesOf("VI_1")).isEmpty();
    assertThat(g.interfacesOf("VI_2")).isEmpty();
  }

  @Test
  void anAddressWithoutDevIsOnTheDefaultInterface() {
    StaticConfig s = statics(List.of(address("198.18.84.10/26", null, "G2", false)), List.of(),
        List.of(), GROUPS);

    assertThat(StaticTrackGroups.of(s, "eth7").interfacesOf("VI_3")).containsExactly("eth7");
    assertThat(StaticTrackGroups.of(s, null).interfacesOf("VI_3")).isEmpty();
  }

  @Test
  void noStaticsOrNoGroupsIsNone() {
    assertThat(StaticTrackGroups.of(null, "eth0")).isSameAs(StaticTrackGroups.NONE);
    assertThat(StaticTrackGroups.of(statics(
        List.of(address("198.18.84.10/26", "e0", "G1", false)), List.of(), List.of(), Map.of()),
        "eth0")).isSameAs(StaticTrackGroups.NONE);
  }

  @Test
  void addToTracksTheInterfacesWithWeightZeroOverAnyWeight() {
    StaticTrackGroups g = StaticTrackGroups.of(statics(
        List.of(address("198.18.84.10/26", "e0", "G1", false),
            address("198.18.84.11/26", "e1", "G1", false)), List.of(), List.of(), GROUPS),
        "eth0");
    List<TrackedObject> own = List.of(
        new TrackedObject(TrackerKind.INTERFACE, "eth0", 0, false),
        new TrackedObject(TrackerKind.INTERFACE, "e1", -20, false),
        new TrackedObject(TrackerKind.SCRIPT, "e0", 5, false));

    assertThat(g.addTo("VI_1", own)).containsExactlyInAnyOrder(
        new TrackedObject(TrackerKind.INTERFACE, "eth0", 0, false),
        new TrackedObject(TrackerKind.INTERFACE, "e1", 0, false),
        new TrackedObject(TrackerKind.SCRIPT, "e0", 5, false),
        new TrackedObject(TrackerKind.INTERFACE, "e0", 0, false));
    assertThat(g.addTo("VI_3", own)).isSameAs(own);
  }
}

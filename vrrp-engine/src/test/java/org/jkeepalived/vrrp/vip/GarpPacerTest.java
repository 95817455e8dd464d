package org.jkeepalived.vrrp.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jkeepalived.mibs.config.GarpGroupConfig;
import org.junit.jupiter.api.Test;

class GarpPacerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration MS10 = Duration.ofMillis(10);

  @Test
  void unpacedInterfacesSendEverythingAtOnce() {
    GarpPacer p = new GarpPacer(GarpSpacing.NONE);
    assertThat(p.reserve("eth0", false, T0)).isZero();
    assertThat(p.reserve("eth0", false, T0)).isZero();
  }

  @Test
  void globalIntervalSpacesEachInterfaceOnItsOwn() {
    GarpPacer p = new GarpPacer(new GarpSpacing(List.of(), MS10, Duration.ofMillis(3)));
    assertThat(p.reserve("eth0", false, T0)).isZero();
    assertThat(p.reserve("eth0", false, T0)).isEqualTo(MS10);
    assertThat(p.reserve("eth0", false, T0)).isEqualTo(Duration.ofMillis(20));
    assertThat(p.reserve("eth1", false, T0)).isZero(); // another interface, its own slots
    assertThat(p.reserve("eth0", true, T0)).isZero(); // NAs are paced apart from ARPs
    assertThat(p.reserve("eth0", true, T0)).isEqualTo(Duration.ofMillis(3));
  }

  @Test
  void aGarpGroupSharesOneScheduleAcrossItsInterfaces() {
    GarpGroupConfig g = new GarpGroupConfig(MS10, null, List.of("eth0", "eth1"));
    GarpPacer p = new GarpPacer(new GarpSpacing(List.of(g), Duration.ofSeconds(1),
        Duration.ZERO));
    assertThat(p.reserve("eth0", false, T0)).isZero();
    assertThat(p.reserve("eth1", false, T0)).isEqualTo(MS10);
    assertThat(p.reserve("eth0", false, T0)).isEqualTo(Duration.ofMillis(20));
    // the group has no gna_interval: its NAs are not spaced, even with a global one
    assertThat(p.reserve("eth1", true, T0)).isZero();
    assertThat(p.reserve("eth1", true, T0)).isZero();
    // eth2 is in no group: the global interval
    assertThat(p.reserve("eth2", false, T0)).isZero();
    assertThat(p.reserve("eth2", false, T0)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void respacingTakesTheReloadedGroupAndKeepsTheInterfacesSlots() {
    GarpPacer p = new GarpPacer(new GarpSpacing(List.of(), MS10, Duration.ZERO));
    p.reserve("eth0", false, T0);
    assertThat(p.reserve("eth0", false, T0)).isEqualTo(MS10);
    GarpGroupConfig g = new GarpGroupConfig(Duration.ofMillis(100), null, List.of("eth1"));
    p.respace(new GarpSpacing(List.of(g), MS10, Duration.ZERO));
    assertThat(p.reserve("eth0", false, T0)).as("eth0 keeps its schedule")
        .isEqualTo(Duration.ofMillis(20));
    assertThat(p.reserve("eth1", false, T0)).isZero();
    assertThat(p.reserve("eth1", false, T0)).as("the new group's interval")
        .isEqualTo(Duration.ofMillis(100));
    p.respace(GarpSpacing.NONE);
    assertThat(p.reserve("eth1", false, T0)).as("group gone, nothing global").isZero();
    assertThat(p.reserve("eth1", false, T0)).isZero();
  }

  @Test
  void aSlotInThePastIsNotBackfilled() {
    GarpPacer p = new GarpPacer(new GarpSpacing(List.of(), MS10, Duration.ZERO));
    p.reserve("eth0", false, T0);
    assertThat(p.reserve("eth0", false, T0.plusSeconds(1))).isZero();
    assertThat(p.reserve("eth0", false, T0.plusSeconds(1))).isEqualTo(MS10);
  }

  @Test
  void instanceIntervalAppliesOnlyWhereNothingGlobalOrGroupedIsSet() {
    GarpGroupConfig g = new GarpGroupConfig(null, null, List.of("eth1"));
    GarpPacer p = new GarpPacer(new GarpSpacing(List.of(g), Duration.ZERO, Duration.ZERO));
    p.reserve("eth0", false, T0, MS10);
    assertThat(p.reserve("eth0", false, T0, MS10)).isEqualTo(MS10);
    p.reserve("eth1", false, T0, MS10);
    assertThat(p.reserve("eth1", false, T0, MS10)).isZero();
  }
}

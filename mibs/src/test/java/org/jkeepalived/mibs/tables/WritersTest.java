package org.jkeepalived.mibs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;
import org.jkeepalived.mibs.model.VrrpInstanceState;
import org.jkeepalived.mibs.smi.Column;
import org.junit.jupiter.api.Test;

/** The writable vrrpInstanceTable columns accept what keepalived accepts and refuse the rest. */
class WritersTest {
  static VrrpInstanceConfig instance(int priority, boolean preempt) {
    return new VrrpInstanceConfig(
        "VI_1", InitialState.BACKUP, "eth0", 51, priority, Duration.ofSeconds(1), 2, false,
        Authentication.NONE, List.of(), List.of(), List.of(), List.of(),
        new VrrpInstanceConfig.Tracking(List.of(), List.of(), List.of(), List.of(), List.of(), false, false),
        new VrrpInstanceConfig.Transport(null, null, List.of(), 255, false, false, null, null, null),
        new VrrpInstanceConfig.Vmac(false, null, null, false, false, false, null, null, null),
        new VrrpInstanceConfig.Behaviour(preempt, Duration.ZERO, false, false, false, false, false, 3,
            null, false, false, false, null, false, 0, null),
        GarpTimers.DEFAULTS, VrrpNotify.NONE);
  }

  static Column<VrrpInstanceConfig, VrrpInstanceState> column(String name) {
    return VrrpInstanceBinding.schema().columns().stream()
        .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void basePriorityTakesAnyInteger32AndChangesOnlyThePriority() {
    var c = column("vrrpInstanceBasePriority");
    assertThat(c.writable()).isTrue();
    assertThat(c.writer().apply(instance(100, true), 200)).isEqualTo(instance(200, true));
    assertThat(c.writer().apply(instance(100, true), 1).priority()).isEqualTo(1);
    assertThat(c.writer().apply(instance(100, true), 255).priority()).isEqualTo(255);
    // the range VRRP can run is the VRRP engine's validator's (vrrp-engine InstanceValidator)
    assertThat(c.writer().apply(instance(100, true), 0).priority()).isZero();
    assertThat(c.writer().apply(instance(100, true), 256).priority()).isEqualTo(256);
    assertThat(c.writer().apply(instance(100, true), 7L)).isNull();
  }

  @Test
  void preemptTakesPreemptOrNoPreempt() {
    var c = column("vrrpInstancePreempt");
    assertThat(c.writer().apply(instance(100, true), 2)).isEqualTo(instance(100, false));
    assertThat(c.writer().apply(instance(100, false), 1)).isEqualTo(instance(100, true));
    assertThat(c.writer().apply(instance(100, true), 3)).isNull();
    assertThat(c.reader().apply(instance(100, false), null)).isEqualTo(2);
  }

  @Test
  void otherReadWriteColumnsHaveNoWriter() {
    for (String n : List.of("vrrpInstanceAccept", "vrrpInstancePromoteSecondaries",
        "vrrpInstanceUseLinkbeat", "vrrpInstanceNotifyDeleted")) {
      assertThat(column(n).writable()).as(n).isFalse();
    }
  }

  @Test
  void advertIntervalIsSecondsForV2AndCentisecondsForV3() {
    assertThat(column("vrrpInstanceAdvertisementsInt").reader().apply(instance(100, true), null))
        .isEqualTo(1L);
  }
}

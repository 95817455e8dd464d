package org.jkeepalived.agent.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.linux.ipvs.FakeIpvsControl;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.jkeepalived.lvs.forward.ForwarderSettings;
import org.jkeepalived.lvs.forward.UserspaceIpvs;
import org.junit.jupiter.api.Test;

class ForwarderGaugeTest {
  @Test
  void emptyUntilAForwarderIsOpened() {
    assertThat(new ForwarderGauge().get()).isEmpty();
  }

  @Test
  void readsTheOpenedForwardersLoadUntilItCloses() throws Exception {
    ForwarderGauge gauge = new ForwarderGauge();
    UserspaceIpvs forwarder = new UserspaceIpvs(ForwarderSettings.DEFAULT);
    try {
      gauge.opened(forwarder);
      assertThat(gauge.get()).hasValueSatisfying(l -> assertThat(l.connections()).isZero());
    } finally {
      forwarder.close();
    }
    assertThat(gauge.get()).isEmpty();
  }

  @Test
  void theDaemonsUserspaceDataplaneIsTheOneServed() throws Exception {
    ForwarderGauge gauge = new ForwarderGauge();
    try (var control = LvsSeams.dataplane(DataplaneMode.USERSPACE, null, gauge).open()) {
      assertThat(control).isInstanceOf(UserspaceIpvs.class);
      assertThat(gauge.get()).hasValueSatisfying(l -> assertThat(l.refused()).isZero());
    }
    assertThat(gauge.get()).isEmpty();
  }

  @Test
  void theDataplaneIsKernelIpvsWithoutGaugesOrTheForwarderWithItsBound() throws Exception {
    ForwarderGauge gauge = new ForwarderGauge();
    assertThat(gauge.dataplane()).as("no LVS engine yet").isEmpty();
    gauge.opened(new FakeIpvsControl());
    assertThat(gauge.dataplane()).contains(ForwarderGauge.Dataplane.KERNEL_IPVS);
    assertThat(gauge.get()).as("no forwarder gauges on kernel IPVS").isEmpty();
    UserspaceIpvs forwarder =
        new UserspaceIpvs(ForwarderSettings.DEFAULT.withThreads(1).withMaxConnections(100));
    try {
      gauge.opened(forwarder);
      assertThat(gauge.dataplane()).hasValueSatisfying(d -> {
        assertThat(d.userspace()).isTrue();
        assertThat(d.maxConnections()).isEqualTo(100);
        assertThat(d.load()).isEqualTo(forwarder.load());
      });
    } finally {
      forwarder.close();
    }
    assertThat(gauge.dataplane()).as("a closed forwarder runs nothing").isEmpty();
  }
}

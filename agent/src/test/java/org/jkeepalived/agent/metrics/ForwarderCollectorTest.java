package org.jkeepalived.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.util.Optional;
import org.jkeepalived.lvs.forward.ForwarderLoad;
import org.junit.jupiter.api.Test;

class ForwarderCollectorTest {
  private static String scrape(Optional<ForwarderLoad> load) {
    return PrometheusTextFormatWriter.create()
        .toDebugString(new ForwarderCollector(() -> load).collect());
  }

  @Test
  void everyBoundOfTheForwarderIsServedWithItsValue() {
    String text = scrape(Optional.of(new ForwarderLoad(12, 3, 4096, 5, 6, 7, 8)));
    assertThat(text)
        .contains("# TYPE jkeepalived_forwarder_connections gauge")
        .contains("jkeepalived_forwarder_connections 12.0")
        .contains("# TYPE jkeepalived_forwarder_refused_total counter")
        .contains("jkeepalived_forwarder_refused_total 3.0")
        .contains("jkeepalived_forwarder_buffered_bytes 4096.0")
        .contains("jkeepalived_forwarder_udp_flows 5.0")
        .contains("jkeepalived_forwarder_udp_evicted_total 6.0")
        .contains("jkeepalived_forwarder_udp_dropped_total 7.0")
        .contains("jkeepalived_forwarder_idle_closed_total 8.0");
  }

  @Test
  void onKernelIpvsTheFamiliesAreAbsent() {
    assertThat(scrape(Optional.empty())).doesNotContain("jkeepalived_forwarder");
  }
}

package org.jkeepalived.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class MetricsAddressTest {
  @Test
  void ipv4AndBracketedIpv6Literals() {
    InetSocketAddress a = MetricsAddress.parse("127.0.0.1:9650");
    assertThat(a.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(a.getPort()).isEqualTo(9650);
    assertThat(MetricsAddress.text(MetricsAddress.parse("[fd00::1]:9650")))
        .isEqualTo("[fd00:0:0:0:0:0:0:1]:9650");
  }

  @Test
  void namesBadPortsAndBareIpv6AreRefusedWithTheReason() {
    assertThatThrownBy(() -> MetricsAddress.parse("localhost:9650"))
        .isInstanceOf(TypeConversionException.class).hasMessageContaining("not an IP address");
    assertThatThrownBy(() -> MetricsAddress.parse("cafe:80"))
        .hasMessageContaining("not an IP address");
    assertThatThrownBy(() -> MetricsAddress.parse("fd00::1:9650"))
        .hasMessageContaining("[ADDR]:PORT");
    assertThatThrownBy(() -> MetricsAddress.parse("127.0.0.1:0")).hasMessageContaining("1-65535");
    assertThatThrownBy(() -> MetricsAddress.parse("127.0.0.1:http"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> MetricsAddress.parse("9650")).hasMessageContaining("IP:PORT");
  }
}

package org.jkeepalived.mibs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpTextTest {
  private static String f(String s) throws Exception {
    return IpText.format(InetAddress.getByName(s));
  }

  @Test
  void ipv6IsCanonical() throws Exception {
    assertThat(f("fd00:0:0:0:0:0:0:1")).isEqualTo("fd00::1");
    assertThat(f("::")).isEqualTo("::");
    assertThat(f("::1")).isEqualTo("::1");
    assertThat(f("fe80::")).isEqualTo("fe80::");
    assertThat(f("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
    assertThat(f("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
    assertThat(f("2001:db8:1:1:1:1:0:1")).isEqualTo("2001:db8:1:1:1:1:0:1");
    assertThat(f("FF02::12")).isEqualTo("ff02::12");
  }

  @Test
  void ipv4IsDottedQuad() throws Exception {
    assertThat(f("198.18.0.1")).isEqualTo("198.18.0.1");
  }
}

package org.jkeepalived.test.vrrp;

import org.jkeepalived.mibs.config.IpText;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
  /** RFC 5952 section 4: longest run of two or more zero groups compressed, first on a tie. */
  @ParameterizedTest
  @CsvSource({
    "fd00:51::100, fd00:51::100",
    "fd00:51:0:0:0:0:0:11, fd00:51::11",
    "fd00:0:0:1:0:0:0:1, fd00:0:0:1::1",
    "fd00:0:0:1:1:0:0:1, fd00::1:1:0:0:1",
    "fd00:1:2:3:4:5:6:7, fd00:1:2:3:4:5:6:7",
    "fd00:0:1:2:3:4:5:6, fd00:0:1:2:3:4:5:6",
    "0:0:0:0:0:0:0:1, ::1",
    "fd00:0:0:0:0:0:0:0, fd00::",
    "198.18.51.100, 198.18.51.100",
  })
  void textAsIproute2WritesIt(String in, String expected) throws Exception {
    assertThat(IpText.format(InetAddress.getByName(in))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"IPV4, 3, 198.18.51.13", "IPV6, 3, fd00:51::13"})
  void labPlan(Family f, int node, String expected) throws Exception {
    LabSubnet s = new LabSubnet(51);
    assertThat(s.node(f, node)).isEqualTo(InetAddress.getByName(expected));
    assertThat(s.withPrefix(f, s.vip(f)))
        .isEqualTo(f == Family.IPV4 ? "198.18.51.100/24" : "fd00:51::100/64");
  }
}

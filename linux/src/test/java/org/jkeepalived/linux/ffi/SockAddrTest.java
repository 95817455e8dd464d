package org.jkeepalived.linux.ffi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class SockAddrTest {
  @Test
  void sockaddrInIsFamilyHostOrderPortAndAddressNetworkOrder() throws Exception {
    assertThat(hex(SockAddr.inet(InetAddress.getByName("198.18.0.1"), 3784, 0)))
        .isEqualTo("0200" + "0ec8" + "c6120001" + "0000000000000000");
  }

  @Test
  void sockaddrIn6CarriesTheScopeId() throws Exception {
    byte[] sa = SockAddr.inet(InetAddress.getByName("ff02::12"), 0, 5);
    assertThat(hex(sa)).isEqualTo("0a00" + "0000" + "00000000"
        + "ff020000000000000000000000000012" + "05000000");
    InetAddress back = SockAddr.decodeInet(sa, sa.length);
    assertThat(back).isEqualTo(InetAddress.getByName("ff02::12"));
    assertThat(((Inet6Address) back).getScopeId()).isEqualTo(5);
  }

  @Test
  void sockaddrLlAndNl() {
    assertThat(hex(SockAddr.link(0x0806, 4, hex("ffffffffffff"))))
        .isEqualTo("1100" + "0806" + "04000000" + "0000" + "00" + "06" + "ffffffffffff0000");
    assertThat(hex(SockAddr.netlink(0, 0x111))).isEqualTo("1000" + "0000" + "00000000" + "11010000");
  }

  @Test
  void decodeOfOtherFamiliesOrShortInputIsNull() {
    assertThat(SockAddr.decodeInet(SockAddr.netlink(0, 0), 12)).isNull();
    assertThat(SockAddr.decodeInet(new byte[1], 1)).isNull();
  }

  @Test
  void sockaddrUnOfAFilePathIsNulTerminated() {
    assertThat(hex(SockAddr.unix("/run/n"))).isEqualTo("0100" + "2f72756e2f6e" + "00");
  }

  @Test
  void sockaddrUnOfAnAbstractNameStartsWithNulAndHasNoTerminator() {
    assertThat(hex(SockAddr.unix("@sd/1"))).isEqualTo("0100" + "00" + "73642f31");
  }

  @Test
  void unusableUnixPathsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SockAddr.unix(""))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SockAddr.unix("@"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SockAddr.unix("/" + "x".repeat(107)))
        .hasMessageContaining("not a usable AF_UNIX socket path");
    assertThat(SockAddr.unix("@" + "x".repeat(107))).hasSize(2 + 108);
  }
}

package org.jkeepalived.linux.neigh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArpCodecTest {
  private static final MacAddress MAC = MacAddress.parse("02:00:5e:00:01:0a");

  // Layout per RFC 826 and keepalived's vrrp_arp.c: broadcast frame, request, THA all-ones,
  // SPA = TPA = the VIP.
  private static final String GARP_REQUEST = "ffffffffffff 02005e00010a 0806"
      + "0001 0800 06 04 0001"
      + "02005e00010a c6120a64"
      + "ffffffffffff c6120a64";

  @Test
  void gratuitousRequestMatchesKeepalivedLayout() throws Exception {
    ArpPacket p = ArpPacket.gratuitous(ArpPacket.REQUEST, MAC, vip());
    assertThat(hex(ArpCodec.encode(p))).isEqualTo(hex(hex(GARP_REQUEST)));
    assertThat(p.isGratuitous()).isTrue();
  }

  @Test
  void gratuitousReplyTargetsItsOwnMac() throws Exception {
    byte[] frame = ArpCodec.encode(ArpPacket.gratuitous(ArpPacket.REPLY, MAC, vip()));
    assertThat(hex(frame)).isEqualTo(hex(hex("ffffffffffff 02005e00010a 0806 0001 0800 06 04 0002"
        + "02005e00010a c6120a64 02005e00010a c6120a64")));
  }

  @Test
  void decodeRoundTripsAndToleratesEthernetPadding() throws Exception {
    ArpPacket p = ArpPacket.gratuitous(ArpPacket.REQUEST, MAC, vip());
    byte[] padded = Arrays.copyOf(ArpCodec.encode(p), 60);
    assertThat(ArpCodec.decode(padded)).isEqualTo(p);
  }

  @Test
  void decodeRejectsShortOrForeignFrames() {
    byte[] good = hex(GARP_REQUEST);
    assertThatThrownBy(() -> ArpCodec.decode(Arrays.copyOf(good, 41)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] ipv4 = good.clone();
    ipv4[13] = 0x00; // ethertype 0x0800
    assertThatThrownBy(() -> ArpCodec.decode(ipv4)).hasMessageContaining("not Ethernet/IPv4 ARP");
    byte[] op = good.clone();
    op[21] = 3; // RARP request
    assertThatThrownBy(() -> ArpCodec.decode(op)).hasMessageContaining("operation 3");
  }

  @Test
  void macAddressParsesAndPrints() {
    assertThat(MAC.toString()).isEqualTo("02:00:5e:00:01:0a");
    assertThat(MacAddress.BROADCAST.bytes()).containsOnly((byte) 0xff);
    assertThatThrownBy(() -> MacAddress.parse("02:00:5e:00:01")).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> MacAddress.of(new byte[5])).isInstanceOf(
        IllegalArgumentException.class);
  }

  private static Inet4Address vip() throws Exception {
    return (Inet4Address) InetAddress.getByName("198.18.10.100");
  }
}

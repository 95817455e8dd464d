package org.jkeepalived.linux.neigh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NeighborAdvertisementCodecTest {
  private static final MacAddress MAC = MacAddress.parse("02:00:5e:00:02:0a");

  // RFC 4861 section 4.4: type 136, code 0, checksum 0 (the kernel fills it), flags O (0x20),
  // target, then option 2 (target link-layer address) of one 8-byte unit.
  private static final String UNSOLICITED = "88 00 0000 20000000"
      + "fd000000000000000000000000000064"
      + "02 01 02005e00020a";

  @Test
  void unsolicitedAdvertisementHasOverrideAndTargetLinkLayerOption() throws Exception {
    NeighborAdvertisement na = NeighborAdvertisement.unsolicited(target(), MAC, false);
    assertThat(hex(NeighborAdvertisementCodec.encode(na))).isEqualTo(hex(hex(UNSOLICITED)));
  }

  @Test
  void routerFlagIsTheTopBit() throws Exception {
    byte[] b = NeighborAdvertisementCodec.encode(
        NeighborAdvertisement.unsolicited(target(), MAC, true));
    assertThat(b[4]).isEqualTo((byte) 0xa0);
  }

  @Test
  void decodeRoundTripsWithAndWithoutOption() throws Exception {
    NeighborAdvertisement with = new NeighborAdvertisement(true, true, false, target(), MAC);
    NeighborAdvertisement without = new NeighborAdvertisement(false, false, true, target(), null);
    assertThat(NeighborAdvertisementCodec.decode(NeighborAdvertisementCodec.encode(with)))
        .isEqualTo(with);
    assertThat(NeighborAdvertisementCodec.decode(NeighborAdvertisementCodec.encode(without)))
        .isEqualTo(without);
  }

  @Test
  void decodeSkipsUnknownOptions() throws Exception {
    byte[] b = hex(UNSOLICITED.replace("02 01 02005e00020a", "0e 01 000000000000 02 01 02005e00020a"));
    assertThat(NeighborAdvertisementCodec.decode(b).targetLinkLayer()).isEqualTo(MAC);
  }

  @Test
  void decodeRejectsMalformedMessages() {
    assertThatThrownBy(() -> NeighborAdvertisementCodec.decode(hex("8800000020000000")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NeighborAdvertisementCodec.decode(hex(UNSOLICITED.replace("88 00",
        "87 00")))).hasMessageContaining("type 135");
    // RFC 4861 section 4.6: an option of length 0 invalidates the packet.
    assertThatThrownBy(() -> NeighborAdvertisementCodec.decode(hex(UNSOLICITED.replace(
        "02 01 02005e00020a", "02 00 02005e00020a")))).hasMessageContaining("length 0");
    assertThatThrownBy(() -> NeighborAdvertisementCodec.decode(hex(UNSOLICITED.replace(
        "02 01 02005e00020a", "02 02 02005e00020a")))).hasMessageContaining("length 2");
  }

  private static Inet6Address target() throws Exception {
    return (Inet6Address) InetAddress.getByName("fd00::64");
  }
}

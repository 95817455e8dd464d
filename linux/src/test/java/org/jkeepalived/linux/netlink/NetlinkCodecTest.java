package org.jkeepalived.linux.netlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetlinkCodecTest {
  @Test
  void decodesSeveralMessagesInOneDatagram() {
    byte[] data = hex("14000000 1400 0200 05000000 0a000000 01020304"
        + "14000000 0300 0200 05000000 0a000000 00000000");
    List<NetlinkMessage> ms = NetlinkCodec.decode(data, data.length);
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).type()).isEqualTo(20);
    assertThat(ms.get(0).hasFlag(Netlink.NLM_F_MULTI)).isTrue();
    assertThat(ms.get(0).seq()).isEqualTo(5);
    assertThat(ms.get(0).portId()).isEqualTo(10);
    assertThat(ms.get(0).payloadBytes()).containsExactly(1, 2, 3, 4);
    assertThat(ms.get(1).type()).isEqualTo(Netlink.NLMSG_DONE);
  }

  @Test
  void encodeThenDecodeRoundTrips() {
    NetlinkMessage m = new NetlinkMessage(16, 0x305, 42, 0, new byte[] {9, 8, 7});
    byte[] wire = m.encode();
    assertThat(wire).hasSize(20); // 16 + 3 padded to 4
    assertThat(wire[0]).isEqualTo((byte) 19); // length excludes the padding
    assertThat(NetlinkCodec.decode(wire, wire.length)).containsExactly(m);
  }

  @Test
  void errorCodeIsThePositiveErrno() {
    // nlmsgerr: error -17 (EEXIST) then the offending request's header.
    NetlinkMessage err = new NetlinkMessage(Netlink.NLMSG_ERROR, 0x100, 3, 0,
        hex("efffffff 28000000 1400 0506 03000000 00000000"));
    assertThat(NetlinkCodec.errorCode(err)).isEqualTo(17);
    NetlinkMessage ack = new NetlinkMessage(Netlink.NLMSG_ERROR, 0x100, 3, 0,
        hex("00000000 28000000 1400 0506 03000000 00000000"));
    assertThat(NetlinkCodec.errorCode(ack)).isZero();
  }

  @Test
  void rejectsLengthBeyondDatagram() {
    byte[] data = hex("40000000 1400 0000 01000000 00000000");
    assertThatThrownBy(() -> NetlinkCodec.decode(data, data.length))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void rejectsLengthShorterThanHeader() {
    byte[] data = hex("08000000 1400 0000 01000000 00000000");
    assertThatThrownBy(() -> NetlinkCodec.decode(data, data.length))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void rejectsTrailingPartialHeader() {
    byte[] data = hex("10000000 0300 0000 01000000 00000000 0400");
    assertThatThrownBy(() -> NetlinkCodec.decode(data, data.length))
        .isInstanceOf(MalformedNetlinkException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void errorCodeNeedsAnErrorMessage() {
    assertThatThrownBy(() -> NetlinkCodec.errorCode(new NetlinkMessage(3, 0, 0, 0, new byte[4])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NetlinkCodec.errorCode(
        new NetlinkMessage(Netlink.NLMSG_ERROR, 0, 0, 0, new byte[2])))
        .isInstanceOf(MalformedNetlinkException.class);
  }
}

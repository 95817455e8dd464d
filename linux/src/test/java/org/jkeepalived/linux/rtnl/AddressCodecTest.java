package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.InetAddress;
import java.time.Duration;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

class AddressCodecTest {
  // Payloads captured with `strace -xx ip -n NS addr add ...` (iproute2 6.x) on ifindex 2; the
  // header's seq differs per run and is not part of the payload.
  private static final String IP_ADD_V4_BRD_LABEL = "02180000 02000000"
      + "08000200 c6120001" // IFA_LOCAL 198.18.0.1
      + "08000400 c61200ff" // IFA_BROADCAST 198.18.0.255
      + "0a000300 6272393a 31000000" // IFA_LABEL "br9:1\0" padded
      + "08000100 c6120001"; // IFA_ADDRESS = local
  private static final String IP_ADD_V6_NODAD = "0a800200 02000000"
      + "14000200 fd000000000000000000000000000001"
      + "14000100 fd000000000000000000000000000001";
  private static final String IP_DEL_V4 = "02180000 02000000"
      + "08000200 c6120001 08000100 c6120001";

  @Test
  void ipv4AddMatchesIproute2Bytes() throws Exception {
    InterfaceAddress a = InterfaceAddress.of(2, InetAddress.getByName("198.18.0.1"), 24)
        .withBroadcast(InetAddress.getByName("198.18.0.255")).withLabel("br9:1");
    NetlinkMessage m = AddressCodec.add(a);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_NEWADDR);
    assertThat(m.flags()).isEqualTo(Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
    assertThat(hex(m.payloadBytes())).isEqualTo(hex(hex(IP_ADD_V4_BRD_LABEL)));
  }

  @Test
  void ipv6NodadAddMatchesIproute2Bytes() throws Exception {
    InterfaceAddress a = InterfaceAddress.of(2, InetAddress.getByName("fd00::1"), 128)
        .withFlags(Rtnl.IFA_F_NODAD);
    assertThat(hex(AddressCodec.add(a).payloadBytes())).isEqualTo(hex(hex(IP_ADD_V6_NODAD)));
  }

  @Test
  void deleteMatchesIproute2Bytes() throws Exception {
    InterfaceAddress a = InterfaceAddress.of(2, InetAddress.getByName("198.18.0.1"), 24);
    NetlinkMessage m = AddressCodec.delete(a);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_DELADDR);
    assertThat(hex(m.payloadBytes())).isEqualTo(hex(hex(IP_DEL_V4)));
  }

  @Test
  void fullMessageEncodingHasLengthAndPadding() throws Exception {
    InterfaceAddress a = InterfaceAddress.of(2, InetAddress.getByName("198.18.0.1"), 24);
    byte[] wire = AddressCodec.delete(a).withSeq(7).encode();
    assertThat(hex(wire)).isEqualTo(hex(hex(
        "28000000 1500 0000 07000000 00000000" + IP_DEL_V4)));
  }

  @Test
  void ipv6VipGetsNodadAndZeroPreferredLifetimeLikeKeepalived() throws Exception {
    InterfaceAddress vip = InterfaceAddress.vip(3, InetAddress.getByName("fd00::12"), 128);
    assertThat(vip.flags()).isEqualTo(Rtnl.IFA_F_NODAD);
    assertThat(vip.preferredLifetime()).isEqualTo(Duration.ZERO);
    InterfaceAddress decoded = AddressCodec.decode(AddressCodec.add(vip));
    assertThat(decoded.preferredLifetime()).isEqualTo(Duration.ZERO);
    assertThat(decoded.validLifetime()).isEqualTo(InterfaceAddress.FOREVER);
    InterfaceAddress v4 = InterfaceAddress.vip(3, InetAddress.getByName("198.18.1.1"), 32);
    assertThat(v4.flags()).isZero();
    assertThat(v4.preferredLifetime()).isNull();
  }

  @Test
  void flagsAboveEightBitsTravelInIfaFlags() throws Exception {
    InterfaceAddress a = InterfaceAddress.of(4, InetAddress.getByName("fd00::5"), 64)
        .withFlags(Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE);
    NetlinkMessage m = AddressCodec.add(a);
    assertThat(m.payloadBytes()[2]).isZero();
    assertThat(AddressCodec.decode(m).flags()).isEqualTo(Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE);
  }

  @Test
  void roundTripKeepsEveryField() throws Exception {
    InterfaceAddress a = new InterfaceAddress(9, InetAddress.getByName("198.18.5.1"), 30,
        Rtnl.RT_SCOPE_LINK, "veth0:vip", InetAddress.getByName("198.18.5.3"),
        InetAddress.getByName("198.18.5.2"), Rtnl.IFA_F_HOMEADDRESS, Duration.ofSeconds(60),
        Duration.ofSeconds(120));
    assertThat(AddressCodec.decode(AddressCodec.add(a))).isEqualTo(a);
  }

  @Test
  void decodeRejectsShortHeaderAndMissingAddress() {
    assertThatThrownBy(() -> AddressCodec.decode(new NetlinkMessage(Rtnl.RTM_NEWADDR, 0, 0, 0,
        hex("0218"))))
        .isInstanceOf(MalformedNetlinkException.class);
    assertThatThrownBy(() -> AddressCodec.decode(new NetlinkMessage(Rtnl.RTM_NEWADDR, 0, 0, 0,
        hex("02180000 02000000"))))
        .isInstanceOf(MalformedNetlinkException.class)
        .hasMessageContaining("IFA_LOCAL");
    assertThatThrownBy(() -> AddressCodec.decode(new NetlinkMessage(Rtnl.RTM_NEWADDR, 0, 0, 0,
        hex("02180000 02000000 07000200 c61200"))))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void constructorRejectsImpossibleValues() throws Exception {
    InetAddress v4 = InetAddress.getByName("198.18.0.1");
    assertThatThrownBy(() -> InterfaceAddress.of(1, v4, 33))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InterfaceAddress.of(1, v4, 24).withLabel("sixteen-chars-xx"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

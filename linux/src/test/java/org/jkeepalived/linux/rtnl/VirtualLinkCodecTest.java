package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import org.jkeepalived.linux.neigh.MacAddress;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

class VirtualLinkCodecTest {
  private static final MacAddress VMAC_51 = MacAddress.parse("00:00:5e:00:01:33");

  @Test
  void macvlanCreateGoldenBytes() {
    NetlinkMessage m = VirtualLinkCodec.create(
        VirtualLinkSpec.macvlan("vrrp.51", 2, VMAC_51, VirtualLinkCodec.MACVLAN_MODE_PRIVATE));
    assertThat(m.type()).isEqualTo(Rtnl.RTM_NEWLINK);
    assertThat(m.flags()).isEqualTo(Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
    assertThat(hex(m.payloadBytes())).isEqualTo(hexOf(
        "00 00 0000 00000000 00000000 00000000", // ifinfomsg: AF_UNSPEC, no index, flags
        "0800 0500 02000000", // IFLA_LINK 2
        "0c00 0300 767272702e353100", // IFLA_IFNAME "vrrp.51"
        "0a00 0100 00005e000133 0000", // IFLA_ADDRESS + pad
        "1c00 1200", // IFLA_LINKINFO
        "0c00 0100 6d6163766c616e00", //   IFLA_INFO_KIND "macvlan"
        "0c00 0200 0800 0100 01000000")); //   IFLA_INFO_DATA { IFLA_MACVLAN_MODE private }
  }

  @Test
  void ipvlanCreateGoldenBytesHaveNoMac() {
    NetlinkMessage m = VirtualLinkCodec.create(VirtualLinkSpec.ipvlan("ipv1", 3,
        VirtualLinkCodec.IPVLAN_MODE_L2, VirtualLinkCodec.IPVLAN_F_PRIVATE));
    assertThat(hex(m.payloadBytes())).isEqualTo(hexOf(
        "00 00 0000 00000000 00000000 00000000",
        "0800 0500 03000000",
        "0900 0300 6970763100 000000", // IFLA_IFNAME "ipv1" + pad
        "2400 1200",
        "0b00 0100 6970766c616e00 00", // "ipvlan" + pad
        "1400 0200 0600 0100 0000 0000 0600 0200 0100 0000")); // mode L2, flags private (u16)
  }

  @Test
  void addrGenModeNoneGoldenBytes() {
    NetlinkMessage m = VirtualLinkCodec.addrGenModeNone(5);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_NEWLINK);
    assertThat(hex(m.payloadBytes())).isEqualTo(hexOf(
        "00 00 0000 05000000 00000000 00000000",
        "1000 1a00 0c00 0a00 0500 0800 01000000")); // IFLA_AF_SPEC { AF_INET6 { mode none } }
  }

  @Test
  void deleteGoldenBytes() {
    NetlinkMessage m = VirtualLinkCodec.delete(9);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_DELLINK);
    assertThat(hex(m.payloadBytes())).isEqualTo("0000000009000000" + "00000000" + "00000000");
    assertThatThrownBy(() -> VirtualLinkCodec.delete(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void macvlanRoundTripsThroughDecode() {
    VirtualLinkSpec spec = VirtualLinkSpec.macvlan("vrrp.51", 2, VMAC_51,
        VirtualLinkCodec.MACVLAN_MODE_BRIDGE);
    VirtualLinkDetails d = VirtualLinkCodec.decode(asKernelReply(VirtualLinkCodec.create(spec), 7));
    assertThat(d.kind()).isEqualTo(VirtualLinkKind.MACVLAN);
    assertThat(d.baseIndex()).isEqualTo(2);
    assertThat(d.mode()).isEqualTo(VirtualLinkCodec.MACVLAN_MODE_BRIDGE);
    assertThat(d.mac()).isEqualTo(VMAC_51);
    assertThat(d.link().name()).isEqualTo("vrrp.51");
    assertThat(d.matches(spec)).isTrue();
    assertThat(d.matches(VirtualLinkSpec.macvlan("vrrp.51", 2, VMAC_51,
        VirtualLinkCodec.MACVLAN_MODE_PRIVATE))).isFalse();
    assertThat(d.matches(VirtualLinkSpec.macvlan("vrrp.51", 3, VMAC_51,
        VirtualLinkCodec.MACVLAN_MODE_BRIDGE))).isFalse();
  }

  @Test
  void ipvlanRoundTripsThroughDecode() {
    VirtualLinkSpec spec = VirtualLinkSpec.ipvlan("ipv1", 3, VirtualLinkCodec.IPVLAN_MODE_L2,
        VirtualLinkCodec.IPVLAN_F_VEPA);
    VirtualLinkDetails d = VirtualLinkCodec.decode(asKernelReply(VirtualLinkCodec.create(spec), 8));
    assertThat(d.kind()).isEqualTo(VirtualLinkKind.IPVLAN);
    assertThat(d.ipvlanFlags()).isEqualTo(VirtualLinkCodec.IPVLAN_F_VEPA);
    assertThat(d.matches(spec)).isTrue();
  }

  @Test
  void otherKindsDecodeToNull() {
    NetlinkMessage veth = MessageBuilder.of(Rtnl.RTM_NEWLINK, 0)
        .header(LinkCodec.ifinfomsg(4, 0, 0, 0)).attrString(Rtnl.IFLA_IFNAME, "eth0")
        .beginNested(Rtnl.IFLA_LINKINFO, false).attrString(Rtnl.IFLA_INFO_KIND, "veth")
        .endNested().build();
    assertThat(VirtualLinkCodec.decode(veth)).isNull();
  }

  @Test
  void truncatedModeAttributeIsMalformed() {
    NetlinkMessage m = MessageBuilder.of(Rtnl.RTM_NEWLINK, 0)
        .header(LinkCodec.ifinfomsg(4, 0, 0, 0)).attrString(Rtnl.IFLA_IFNAME, "vrrp.1")
        .beginNested(Rtnl.IFLA_LINKINFO, false).attrString(Rtnl.IFLA_INFO_KIND, "macvlan")
        .beginNested(VirtualLinkCodec.IFLA_INFO_DATA, false)
        .attrU16(VirtualLinkCodec.IFLA_MACVLAN_MODE, 1) // 2 bytes where a u32 belongs
        .endNested().endNested().build();
    assertThatThrownBy(() -> VirtualLinkCodec.decode(m))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void overlongNestedAttributeIsMalformed() {
    byte[] p = VirtualLinkCodec.create(VirtualLinkSpec.macvlan("vrrp.51", 2, VMAC_51, 1))
        .payloadBytes();
    // IFLA_LINKINFO's length (offset 16 + 8 + 12 + 12) claims more bytes than the message has
    p[48] = (byte) 0xf0;
    NetlinkMessage bad = new NetlinkMessage(Rtnl.RTM_NEWLINK, 0, 0, 0, p);
    assertThatThrownBy(() -> VirtualLinkCodec.decode(bad))
        .isInstanceOf(MalformedNetlinkException.class);
    assertThatThrownBy(() -> VirtualLinkCodec.decode(
        new NetlinkMessage(Rtnl.RTM_NEWLINK, 0, 0, 0, new byte[10])))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void specRejectsBadNamesAndMissingMac() {
    assertThatThrownBy(() -> VirtualLinkSpec.macvlan("a-name-too-long-x", 2, VMAC_51, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VirtualLinkSpec.macvlan("a/b", 2, VMAC_51, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VirtualLinkSpec.macvlan("vrrp.1", 2, null, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VirtualLinkSpec.macvlan("vrrp.1", 0, VMAC_51, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The request as the kernel echoes a link: same attributes, with an index set. */
  private static NetlinkMessage asKernelReply(NetlinkMessage request, int index) {
    byte[] p = request.payloadBytes();
    p[4] = (byte) index;
    return new NetlinkMessage(Rtnl.RTM_NEWLINK, 0, 0, 0, p);
  }

  private static String hexOf(String... parts) {
    return String.join("", parts).replace(" ", "");
  }
}

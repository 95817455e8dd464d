package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

class LinkCodecTest {
  @Test
  void decodesNameMacMtuOperstateAndKind() {
    NetlinkMessage m = MessageBuilder.of(Rtnl.RTM_NEWLINK, 0)
        .header(LinkCodec.ifinfomsg(7, Rtnl.IFF_UP | Rtnl.IFF_RUNNING | Rtnl.IFF_LOWER_UP, 0, 0))
        .attrString(Rtnl.IFLA_IFNAME, "veth7")
        .attrU32(Rtnl.IFLA_MTU, 9000)
        .attr(Rtnl.IFLA_ADDRESS, hex("02005e000107"))
        .attrU8(Rtnl.IFLA_OPERSTATE, 6)
        .beginNested(Rtnl.IFLA_LINKINFO, false)
        .attrString(Rtnl.IFLA_INFO_KIND, "veth")
        .endNested()
        .build();
    LinkInfo l = LinkCodec.decode(m);
    assertThat(l.index()).isEqualTo(7);
    assertThat(l.name()).isEqualTo("veth7");
    assertThat(l.mtu()).isEqualTo(9000);
    assertThat(l.macString()).isEqualTo("02:00:5e:00:01:07");
    assertThat(l.operState()).isEqualTo(6);
    assertThat(l.kind()).isEqualTo("veth");
    assertThat(l.isRunning()).isTrue();
    assertThat(l.isLowerUp()).isTrue();
  }

  @Test
  void setUpMessageMatchesIpLinkSetLayout() {
    // ifinfomsg: family 0, index 3, flags IFF_UP, change IFF_UP; no attributes.
    assertThat(hex(LinkCodec.setUp(3, true).payloadBytes()))
        .isEqualTo("0000000003000000" + "01000000" + "01000000");
    assertThat(hex(LinkCodec.setUp(3, false).payloadBytes()))
        .isEqualTo("0000000003000000" + "00000000" + "01000000");
  }

  @Test
  void rejectsShortHeaderAndNamelessLink() {
    assertThatThrownBy(() -> LinkCodec.decode(new NetlinkMessage(16, 0, 0, 0, new byte[8])))
        .isInstanceOf(MalformedNetlinkException.class);
    assertThatThrownBy(() -> LinkCodec.decode(new NetlinkMessage(16, 0, 0, 0, new byte[16])))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("IFLA_IFNAME");
  }
}

package org.jkeepalived.linux.genl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

/** The controller's family answers, well-formed or not (the golden bytes: IpvsCodecGoldenTest). */
class GenlControlCodecTest {
  @Test
  void aFamilyAnswerRoundTrips() {
    NetlinkMessage answer = Genl.message(Genl.ID_CTRL, Genl.CTRL_CMD_NEWFAMILY, 2)
        .attrString(Genl.CTRL_ATTR_FAMILY_NAME, "IPVS")
        .attrU16(Genl.CTRL_ATTR_FAMILY_ID, 0x23)
        .attrU32(Genl.CTRL_ATTR_VERSION, 1)
        .attrU32(Genl.CTRL_ATTR_MAXATTR, 6)
        .build();
    assertThat(GenlControlCodec.family(answer)).isEqualTo(new GenlFamily("IPVS", 0x23, 1, 0, 6));
  }

  @Test
  void anAnswerWithoutItsIdIsRefused() {
    NetlinkMessage noId = Genl.message(Genl.ID_CTRL, Genl.CTRL_CMD_NEWFAMILY, 2)
        .attrString(Genl.CTRL_ATTR_FAMILY_NAME, "IPVS").build();
    assertThatThrownBy(() -> GenlControlCodec.family(noId))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("without family id");
  }

  @Test
  void anAnswerFromElsewhereIsRefused() {
    NetlinkMessage other = Genl.message(0x1f, Genl.CTRL_CMD_NEWFAMILY, 2).build();
    assertThatThrownBy(() -> GenlControlCodec.family(other))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("not the controller");
    NetlinkMessage otherCmd = Genl.message(Genl.ID_CTRL, 7, 2).build();
    assertThatThrownBy(() -> GenlControlCodec.family(otherCmd))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("not CTRL_CMD_NEWFAMILY");
    NetlinkMessage headerless = new NetlinkMessage(Genl.ID_CTRL, 0, 0, 0, new byte[2]);
    assertThatThrownBy(() -> GenlControlCodec.family(headerless))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("genlmsghdr");
  }
}

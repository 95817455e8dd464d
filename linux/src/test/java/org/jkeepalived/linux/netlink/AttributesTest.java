package org.jkeepalived.linux.netlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AttributesTest {
  @Test
  void builderWritesPaddedAttributesAndNestedLengths() {
    NetlinkMessage m = MessageBuilder.of(0x20, 0)
        .header(hex("01020304"))
        .attrU8(1, 7)
        .beginNested(2, true)
        .attrU16(1, 0x1234)
        .attrString(2, "ab")
        .endNested()
        .attrBe16(3, 80)
        .build();
    assertThat(hex(m.payloadBytes())).isEqualTo(
        "01020304"
            + "05000100" + "07000000" // u8 padded to 4
            + "14000280" // nested, 20 bytes, NLA_F_NESTED
            + "06000100" + "34120000"
            + "07000200" + "61620000"
            + "06000300" + "00500000"); // big-endian port 80
  }

  @Test
  void parsesValuesTypesAndNestingWithFlagsMasked() throws Exception {
    NetlinkMessage m = MessageBuilder.of(0x20, 0)
        .attrU32(1, 0xdeadbeef)
        .attrU64(2, 1L << 40)
        .attr(3, InetAddress.getByName("198.18.0.9").getAddress())
        .beginNested(4, false)
        .attrString(1, "veth")
        .endNested()
        .beginNested(5, true)
        .attrU8(1, 3)
        .endNested()
        .attrU16(6, 1)
        .attrU16(6, 2)
        .build();
    Attributes a = Attributes.parse(m.payloadBytes());
    assertThat(a.u32(1)).isEqualTo(0xdeadbeef);
    assertThat(a.u64(2)).isEqualTo(1L << 40);
    assertThat(a.address(3)).isEqualTo(InetAddress.getByName("198.18.0.9"));
    assertThat(a.nested(4).string(1)).isEqualTo("veth");
    assertThat(a.nested(5).u8(1)).isEqualTo(3);
    assertThat(a.all(6)).hasSize(2);
    assertThat(a.u16(6)).isEqualTo(1);
    assertThat(a.has(7)).isFalse();
    assertThat(a.u32(7)).isNull();
    assertThat(a.types()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void rejectsAttributeLongerThanTheMessage() {
    assertThatThrownBy(() -> Attributes.parse(hex("0c000100 01020304")))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void rejectsAttributeShorterThanItsHeader() {
    assertThatThrownBy(() -> Attributes.parse(hex("02000100")))
        .isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void rejectsTooShortScalarsAndOddAddresses() {
    Attributes a = Attributes.parse(hex("05000100 07000000 07000200 01020300"));
    assertThatThrownBy(() -> a.u32(1)).isInstanceOf(MalformedNetlinkException.class);
    assertThatThrownBy(() -> a.address(2)).isInstanceOf(MalformedNetlinkException.class);
  }

  @Test
  void unclosedNestFailsTheBuild() {
    MessageBuilder b = MessageBuilder.of(1, 0).beginNested(1, true);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }
}

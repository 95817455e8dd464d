package org.jkeepalived.linux.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.TestBytes.hex;

import java.net.InetAddress;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

class RuleCodecTest {
  // keepalived 2.2.7's RTM_NEWRULE for `from 198.18.61.0/24 table 100 priority 120` (strace of
  // the daemon): FRA_PROTOCOL keepalived (18) last.
  private static final String KEEPALIVED_FROM = "0200180064000001 00000000"
      + "08000200c6123d00 0800060078000000 0500150012000000";
  // iproute2 6.x (`strace -e write=3 ip rule ...`): no FRA_PROTOCOL.
  private static final String IP_TO_IIF_FWMARK = "0218000064000001 00000000"
      + "08000100c6133d00 09000300627236310000000008000a0005000000 08001000ff000000"
      + "080006006f000000";
  private static final String IP_NOT_BLACKHOLE = "0200180000000006 02000000"
      + "08000200c6123e00 0800060070000000";
  private static final String IP_V6_FROM = "0a00400064000001 00000000"
      + "14000200fd000061000000000000000000000000 0800060071000000";
  private static final String IP_OIF_GOTO = "0200000000000002 00000000"
      + "0900110062723631 00000000 08000400c8000000 0800060072000000";
  private static final String IP_TABLE_1000 = "0200180000000001 00000000"
      + "08000200c6123d00 08000f00e8030000 0800060073000000";
  private static final String IP_DEL_TABLE_1000 = "0200180000000000 00000000"
      + "08000200c6123d00 08000f00e8030000 0800060073000000";
  private static final String IP_TOS = "0200180864000001 00000000"
      + "08000200c6123d00 0800060074000000";

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static KernelRule v4(int table) {
    return KernelRule.lookup(LinuxConstants.AF_INET, table).withProtocol(0);
  }

  private static NetlinkMessage message(String payload) {
    return new NetlinkMessage(Rtnl.RTM_NEWRULE, 0, 0, 0, hex(payload.replace(" ", "")));
  }

  private static void assertEncodes(KernelRule r, String payload) {
    NetlinkMessage m = RuleCodec.add(r);
    assertThat(hex(m.payloadBytes())).isEqualTo(hex(hex(payload.replace(" ", ""))));
    assertThat(RuleCodec.decode(message(payload))).isEqualTo(r);
  }

  @Test
  void keepalivedRuleMatchesItsBytes() throws Exception {
    KernelRule r = KernelRule.lookup(LinuxConstants.AF_INET, 100)
        .withSource(ip("198.18.61.0"), 24).withPriority(120);
    NetlinkMessage m = RuleCodec.add(r);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_NEWRULE);
    assertThat(m.flags()).isEqualTo(Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
    assertEncodes(r, KEEPALIVED_FROM);
  }

  @Test
  void iproute2RulesMatchOurEncoding() throws Exception {
    assertEncodes(new KernelRule(LinuxConstants.AF_INET, false, null, 0, ip("198.19.61.0"), 24,
        0, 100, Rtnl.FR_ACT_TO_TBL, 111, "br61", null, 5L, 255L, null, null, false, 0),
        IP_TO_IIF_FWMARK);
    assertEncodes(new KernelRule(LinuxConstants.AF_INET, true, ip("198.18.62.0"), 24, null, 0, 0,
        0, Rtnl.FR_ACT_BLACKHOLE, 112, null, null, null, null, null, null, false, 0),
        IP_NOT_BLACKHOLE);
    assertEncodes(KernelRule.lookup(LinuxConstants.AF_INET6, 100).withProtocol(0)
        .withSource(ip("fd00:61::"), 64).withPriority(113), IP_V6_FROM);
    assertEncodes(new KernelRule(LinuxConstants.AF_INET, false, null, 0, null, 0, 0, 0,
        Rtnl.FR_ACT_GOTO, 114, null, "br61", null, null, 200, null, false, 0), IP_OIF_GOTO);
    assertEncodes(v4(1000).withSource(ip("198.18.61.0"), 24).withPriority(115), IP_TABLE_1000);
    assertEncodes(new KernelRule(LinuxConstants.AF_INET, false, ip("198.18.61.0"), 24, null, 0, 8,
        100, Rtnl.FR_ACT_TO_TBL, 116, null, null, null, null, null, null, false, 0), IP_TOS);
  }

  @Test
  void deleteLeavesTheActionUnspecifiedLikeIproute2() throws Exception {
    KernelRule r = KernelRule.lookup(LinuxConstants.AF_INET, 1000)
        .withSource(ip("198.18.61.0"), 24).withPriority(115);
    NetlinkMessage m = RuleCodec.delete(r);
    assertThat(m.type()).isEqualTo(Rtnl.RTM_DELRULE);
    assertThat(m.flags()).isZero();
    assertThat(hex(m.payloadBytes()))
        .isEqualTo(hex(hex(IP_DEL_TABLE_1000.replace(" ", ""))));
  }

  @Test
  void roundTripKeepsEverySelector() throws Exception {
    KernelRule r = new KernelRule(LinuxConstants.AF_INET6, true, ip("fd00:61::"), 64,
        ip("fd00:62::"), 56, 0, 4000, Rtnl.FR_ACT_TO_TBL, 9, "br61", "br62", 0xffffffffL, 0xf0L,
        null, 32, true, Rtnl.RTPROT_KEEPALIVED);
    assertThat(RuleCodec.decode(RuleCodec.add(r))).isEqualTo(r);
    assertThat(r.sameRule(r.withProtocol(0))).isTrue();
    assertThat(r.sameRule(r.withPriority(10))).isFalse();
  }

  @Test
  void malformedRulesAreRejected() {
    assertThatThrownBy(() -> RuleCodec.decode(message("02001800")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("fib_rule_hdr");
    assertThatThrownBy(() -> RuleCodec.decode(message("0200210000000001 00000000")))
        .isInstanceOf(MalformedNetlinkException.class).hasMessageContaining("prefix length");
    assertThatThrownBy(() -> RuleCodec.decode(message("0200180000000001 00000000 0c000200c612")))
        .isInstanceOf(MalformedNetlinkException.class);
    assertThatThrownBy(() -> RuleCodec.decode(message("0200180000000001 00000000 0600060078000000")))
        .isInstanceOf(MalformedNetlinkException.class);
  }
}

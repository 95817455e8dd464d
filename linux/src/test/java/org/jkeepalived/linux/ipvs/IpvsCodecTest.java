package org.jkeepalived.linux.ipvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jkeepalived.linux.ipvs.IpvsCodecGoldenTest.dest;
import static org.jkeepalived.linux.ipvs.IpvsCodecGoldenTest.ip;
import static org.jkeepalived.linux.ipvs.IpvsCodecGoldenTest.service;
import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import java.util.Arrays;
import org.jkeepalived.linux.genl.Genl;
import org.jkeepalived.linux.netlink.MessageBuilder;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.junit.jupiter.api.Test;

/** Malformed and unexpected replies: each refused with an {@link IpvsException} that says why. */
class IpvsCodecTest {
  private static final int F = 0x1f;
  private static final IpvsService WEB = service(IpvsServiceKey.of(6, ip("198.18.2.10"), 80),
      "wlc", IpvsService.F_PERSISTENT, 300, 0xffffff00L, null);

  @Test
  void everyTruncationOfADumpedServiceIsRefused() {
    byte[] whole = IpvsCodec.kernelService(F, WEB).payloadBytes();
    for (int n = 0; n < whole.length; n++) {
      NetlinkMessage cut = new NetlinkMessage(F, 0, 0, 0, Arrays.copyOf(whole, n));
      assertThatThrownBy(() -> IpvsCodec.service(cut)).as("first %d bytes", n)
          .isInstanceOf(IpvsException.class);
    }
  }

  @Test
  void unknownAttributesAreSkipped() throws Exception {
    MessageBuilder b = Genl.message(F, CMD_NEW_SERVICE, VERSION);
    b.attrU32(42, 7); // a top-level attribute of a future kernel
    b.beginNested(CMD_ATTR_SERVICE, false)
        .attrU16(SVC_ATTR_AF, 2).attrU16(SVC_ATTR_PROTOCOL, 6)
        .attr(SVC_ATTR_ADDR, ServiceAttributes.address16(ip("198.18.2.10")))
        .attrBe16(SVC_ATTR_PORT, 80).attrString(SVC_ATTR_SCHED_NAME, "wlc")
        .attr(99, new byte[] {1, 2, 3}) // and one inside the service
        .attrU32(SVC_ATTR_TIMEOUT, 300)
        .endNested();
    IpvsService s = IpvsCodec.service(b.build());
    assertThat(s.key()).isEqualTo(WEB.key());
    assertThat(s.scheduler()).isEqualTo("wlc");
    assertThat(s.timeoutSeconds()).isEqualTo(300);
    assertThat(s.netmask()).as("absent: a host mask").isEqualTo(0xffffffffL);
  }

  @Test
  void aReplyOfAnotherCommandIsRefused() {
    assertThatThrownBy(() -> IpvsCodec.info(IpvsCodec.kernelService(F, WEB)))
        .isInstanceOf(IpvsException.class)
        .hasMessageContaining("expected command 14, got 1");
    NetlinkMessage headerless = new NetlinkMessage(F, 0, 0, 0, new byte[] {1, 1});
    assertThatThrownBy(() -> IpvsCodec.service(headerless))
        .isInstanceOf(IpvsException.class).hasMessageContaining("genlmsghdr");
  }

  @Test
  void aServiceWithoutItsKeyIsRefused() {
    NetlinkMessage noFamily = nestedService(b -> b.attrU16(SVC_ATTR_PROTOCOL, 6)
        .attrString(SVC_ATTR_SCHED_NAME, "rr"));
    assertThatThrownBy(() -> IpvsCodec.service(noFamily))
        .isInstanceOf(IpvsException.class).hasMessageContaining("address family");
    NetlinkMessage noPort = nestedService(b -> b.attrU16(SVC_ATTR_AF, 2)
        .attrU16(SVC_ATTR_PROTOCOL, 6).attr(SVC_ATTR_ADDR, new byte[4])
        .attrString(SVC_ATTR_SCHED_NAME, "rr"));
    assertThatThrownBy(() -> IpvsCodec.service(noPort))
        .isInstanceOf(IpvsException.class).hasMessageContaining("neither a fwmark");
    NetlinkMessage badFamily = nestedService(b -> b.attrU16(SVC_ATTR_AF, 7)
        .attrU32(SVC_ATTR_FWMARK, 1).attrString(SVC_ATTR_SCHED_NAME, "rr"));
    assertThatThrownBy(() -> IpvsCodec.service(badFamily))
        .isInstanceOf(IpvsException.class).hasMessageContaining("unknown address family 7");
    NetlinkMessage noScheduler = nestedService(b -> b.attrU16(SVC_ATTR_AF, 2)
        .attrU32(SVC_ATTR_FWMARK, 1));
    assertThatThrownBy(() -> IpvsCodec.service(noScheduler))
        .isInstanceOf(IpvsException.class).hasMessageContaining("scheduler name");
  }

  @Test
  void valuesOfTheWrongSizeAreRefused() {
    NetlinkMessage shortIpv6 = nestedService(b -> b.attrU16(SVC_ATTR_AF, 10)
        .attrU16(SVC_ATTR_PROTOCOL, 6).attr(SVC_ATTR_ADDR, new byte[4])
        .attrBe16(SVC_ATTR_PORT, 80).attrString(SVC_ATTR_SCHED_NAME, "rr"));
    assertThatThrownBy(() -> IpvsCodec.service(shortIpv6))
        .isInstanceOf(IpvsException.class).hasMessageContaining("4 bytes for address family 10");
    NetlinkMessage shortMark = nestedService(b -> b.attrU16(SVC_ATTR_AF, 2)
        .attr(SVC_ATTR_FWMARK, new byte[] {5, 0, 0}).attrString(SVC_ATTR_SCHED_NAME, "rr"));
    assertThatThrownBy(() -> IpvsCodec.service(shortMark))
        .isInstanceOf(IpvsException.class).hasMessageContaining("has 3 bytes, expected 4");
    NetlinkMessage longName = nestedService(b -> b.attrU16(SVC_ATTR_AF, 2)
        .attrU32(SVC_ATTR_FWMARK, 1).attrString(SVC_ATTR_SCHED_NAME, "a-scheduler-name-too-long"));
    assertThatThrownBy(() -> IpvsCodec.service(longName))
        .isInstanceOf(IpvsException.class).hasMessageContaining("longer than the kernel's 15");
    NetlinkMessage oddCounter = nestedService(b -> b.attrU16(SVC_ATTR_AF, 2)
        .attrU32(SVC_ATTR_FWMARK, 1).attrString(SVC_ATTR_SCHED_NAME, "rr")
        .beginNested(SVC_ATTR_STATS64, false).attr(STATS_ATTR_CONNS, new byte[6]).endNested());
    assertThatThrownBy(() -> IpvsCodec.service(oddCounter))
        .isInstanceOf(IpvsException.class).hasMessageContaining("expected 4 or 8");
  }

  @Test
  void aSyncDaemonInNoRoleIsRefused() {
    MessageBuilder b = Genl.message(F, CMD_NEW_DAEMON, VERSION);
    b.beginNested(CMD_ATTR_DAEMON, false).attrU32(DAEMON_ATTR_STATE, 0)
        .attrString(DAEMON_ATTR_MCAST_IFN, "eth0").endNested();
    assertThatThrownBy(() -> IpvsCodec.daemon(b.build()))
        .isInstanceOf(IpvsException.class).hasMessageContaining("not master (1) or backup (2)");
  }

  @Test
  void aDestinationWithoutItsFamilyHasItsServices() throws Exception {
    // kernels before 4.11 send no IPVS_DEST_ATTR_ADDR_FAMILY
    MessageBuilder b = Genl.message(F, CMD_NEW_DEST, VERSION);
    b.beginNested(CMD_ATTR_DEST, false)
        .attr(DEST_ATTR_ADDR, ServiceAttributes.address16(ip("fd00::21")))
        .attrBe16(DEST_ATTR_PORT, 443).attrU32(DEST_ATTR_FWD_METHOD, 3)
        .attrU32(DEST_ATTR_WEIGHT, 5).endNested();
    assertThat(IpvsCodec.destination(b.build(), IpvsServiceKey.AF_INET6))
        .isEqualTo(dest("fd00::21", 443, IpvsServiceKey.AF_INET6, IpvsDestination.FWD_DROUTE, 5));
  }

  @Test
  void theThirtyTwoBitStatisticsServeWhenThereAreNoSixtyFourBitOnes() throws Exception {
    MessageBuilder b = Genl.message(F, CMD_NEW_DEST, VERSION);
    b.beginNested(CMD_ATTR_DEST, false)
        .attrU16(DEST_ATTR_ADDR_FAMILY, 2)
        .attr(DEST_ATTR_ADDR, ServiceAttributes.address16(ip("198.18.2.21")))
        .attrBe16(DEST_ATTR_PORT, 80)
        .beginNested(DEST_ATTR_STATS, false)
        .attrU32(STATS_ATTR_CONNS, 3).attrU32(STATS_ATTR_INPKTS, 20)
        .attrU64(STATS_ATTR_INBYTES, 5_000_000_000L).attrU32(STATS_ATTR_CPS, -1)
        .endNested().endNested();
    IpvsCounters c = IpvsCodec.destination(b.build(), 2).stats();
    assertThat(c.conns()).isEqualTo(3);
    assertThat(c.inPkts()).isEqualTo(20);
    assertThat(c.inBytes()).isEqualTo(5_000_000_000L);
    assertThat(c.cps()).as("u32, not negative").isEqualTo(0xffffffffL);
  }

  @Test
  void requestsNameTheirServiceByKeyWhereTheKernelReadsNoMore() throws Exception {
    NetlinkMessage del = IpvsCodec.serviceKey(F, CMD_DEL_SERVICE, WEB.key());
    AttrReader svc = AttrReader.parse(
        org.jkeepalived.linux.genl.GenlMessage.of(del).body(), "t").requireNested(
            CMD_ATTR_SERVICE, "s");
    assertThat(svc.has(SVC_ATTR_SCHED_NAME)).isFalse();
    assertThat(ServiceAttributes.readKey(svc)).isEqualTo(WEB.key());
    assertThatThrownBy(() -> IpvsCodec.service(F, CMD_GET_INFO, WEB))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static NetlinkMessage nestedService(java.util.function.Consumer<MessageBuilder> body) {
    MessageBuilder b = Genl.message(F, CMD_NEW_SERVICE, VERSION);
    b.beginNested(CMD_ATTR_SERVICE, false);
    body.accept(b);
    b.endNested();
    return b.build();
  }
}

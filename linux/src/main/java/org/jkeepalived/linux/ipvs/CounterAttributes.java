package org.jkeepalived.linux.ipvs;

import static org.jkeepalived.linux.ipvs.IpvsNetlink.*;

import org.jkeepalived.linux.netlink.MessageBuilder;

/**
 * IPVS_STATS_ATTR_*, nested in a service's or destination's STATS (the kernel's 32-bit set:
 * counts and rates as u32, byte totals as u64) and STATS64 (all u64, since Linux 4.1). A reader
 * takes the 64-bit set when the kernel sent it, as keepalived does with _WITH_LVS_64BIT_STATS_.
 */
final class CounterAttributes {
  private CounterAttributes() {}

  static IpvsCounters read(AttrReader parent, int stats64Type, int statsType)
      throws IpvsException {
    AttrReader s = parent.nested(stats64Type, "statistics");
    if (s == null) {
      s = parent.nested(statsType, "statistics");
    }
    if (s == null) {
      return IpvsCounters.ZERO;
    }
    return new IpvsCounters(
        s.counter(STATS_ATTR_CONNS), s.counter(STATS_ATTR_INPKTS), s.counter(STATS_ATTR_OUTPKTS),
        s.counter(STATS_ATTR_INBYTES), s.counter(STATS_ATTR_OUTBYTES), s.counter(STATS_ATTR_CPS),
        s.counter(STATS_ATTR_INPPS), s.counter(STATS_ATTR_OUTPPS), s.counter(STATS_ATTR_INBPS),
        s.counter(STATS_ATTR_OUTBPS));
  }

  /** The kernel's two sets, as ip_vs_genl_fill_stats and ip_vs_genl_fill_stats64 write them. */
  static void putKernelForm(MessageBuilder b, int statsType, int stats64Type, IpvsCounters c) {
    b.beginNested(statsType, false)
        .attrU32(STATS_ATTR_CONNS, (int) c.conns())
        .attrU32(STATS_ATTR_INPKTS, (int) c.inPkts())
        .attrU32(STATS_ATTR_OUTPKTS, (int) c.outPkts())
        .attrU64(STATS_ATTR_INBYTES, c.inBytes())
        .attrU64(STATS_ATTR_OUTBYTES, c.outBytes())
        .attrU32(STATS_ATTR_CPS, (int) c.cps())
        .attrU32(STATS_ATTR_INPPS, (int) c.inPps())
        .attrU32(STATS_ATTR_OUTPPS, (int) c.outPps())
        .attrU32(STATS_ATTR_INBPS, (int) c.inBps())
        .attrU32(STATS_ATTR_OUTBPS, (int) c.outBps())
        .endNested();
    b.beginNested(stats64Type, false)
        .attrU64(STATS_ATTR_CONNS, c.conns())
        .attrU64(STATS_ATTR_INPKTS, c.inPkts())
        .attrU64(STATS_ATTR_OUTPKTS, c.outPkts())
        .attrU64(STATS_ATTR_INBYTES, c.inBytes())
        .attrU64(STATS_ATTR_OUTBYTES, c.outBytes())
        .attrU64(STATS_ATTR_CPS, c.cps())
        .attrU64(STATS_ATTR_INPPS, c.inPps())
        .attrU64(STATS_ATTR_OUTPPS, c.outPps())
        .attrU64(STATS_ATTR_INBPS, c.inBps())
        .attrU64(STATS_ATTR_OUTBPS, c.outBps())
        .endNested();
  }
}

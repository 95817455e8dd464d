package org.jkeepalived.lvs.forward;

import org.jkeepalived.linux.ipvs.IpvsCounters;

/**
 * The kernel's rate estimator (net/netfilter/ipvs/ip_vs_est.c), so that the rate columns read
 * the same with either dataplane: every 2 seconds, avg += (rate - avg) / 4, with connection and
 * packet rates kept scaled by 2^10 and byte rates by 2^5 (fixed point, as the kernel does).
 * Pure: the caller ticks it every {@link #INTERVAL_SECONDS} with the running totals.
 */
final class RateEstimator {
  static final int INTERVAL_SECONDS = 2;

  private long lastConns;
  private long lastInPkts;
  private long lastOutPkts;
  private long lastInBytes;
  private long lastOutBytes;
  private long cps;
  private long inPps;
  private long outPps;
  private long inBps;
  private long outBps;

  /** One 2-second step with the totals now. */
  void tick(long conns, long inPkts, long outPkts, long inBytes, long outBytes) {
    cps += (((conns - lastConns) << 9) - cps) >> 2;
    inPps += (((inPkts - lastInPkts) << 9) - inPps) >> 2;
    outPps += (((outPkts - lastOutPkts) << 9) - outPps) >> 2;
    inBps += (((inBytes - lastInBytes) << 4) - inBps) >> 2;
    outBps += (((outBytes - lastOutBytes) << 4) - outBps) >> 2;
    lastConns = conns;
    lastInPkts = inPkts;
    lastOutPkts = outPkts;
    lastInBytes = inBytes;
    lastOutBytes = outBytes;
  }

  /** The totals given with the rates as ip_vs_read_estimator rounds them. */
  IpvsCounters counters(long conns, long inPkts, long outPkts, long inBytes, long outBytes) {
    return new IpvsCounters(
        conns, inPkts, outPkts, inBytes, outBytes,
        (cps + 0x1FF) >> 10, (inPps + 0x1FF) >> 10, (outPps + 0x1FF) >> 10,
        (inBps + 0xF) >> 5, (outBps + 0xF) >> 5);
  }
}

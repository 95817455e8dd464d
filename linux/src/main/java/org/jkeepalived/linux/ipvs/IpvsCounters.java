package org.jkeepalived.linux.ipvs;

/**
 * IPVS statistics of a service or destination: totals since creation and the kernel's estimated
 * per-second rates (IPVS_STATS_ATTR_*; from the 64-bit IPVS_*_ATTR_STATS64 when the kernel sends
 * it, else the 32-bit set).
 */
public record IpvsCounters(
    long conns,
    long inPkts,
    long outPkts,
    long inBytes,
    long outBytes,
    long cps,
    long inPps,
    long outPps,
    long inBps,
    long outBps) {

  public static final IpvsCounters ZERO = new IpvsCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

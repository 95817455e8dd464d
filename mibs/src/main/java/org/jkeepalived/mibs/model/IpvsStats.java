package org.jkeepalived.mibs.model;

/**
 * IPVS counters and rates of a virtual or real server as the kernel (or the userspace forwarder)
 * reports them: totals since creation and per-second rates. Connection gauges are real-server
 * only and zero for virtual servers.
 */
public record IpvsStats(
    long conns,
    long activeConns,
    long inactiveConns,
    long persistentConns,
    long inPkts,
    long outPkts,
    long inBytes,
    long outBytes,
    long cps,
    long inPps,
    long outPps,
    long inBps,
    long outBps) {

  public static final IpvsStats ZERO = new IpvsStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

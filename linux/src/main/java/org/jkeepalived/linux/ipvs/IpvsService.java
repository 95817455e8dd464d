package org.jkeepalived.linux.ipvs;

import java.util.Objects;

/**
 * An IPVS service as set and as dumped (struct ip_vs_service_user's fields, netlink attributes
 * IPVS_SVC_ATTR_*).
 *
 * @param key what identifies it
 * @param scheduler the scheduler's name as the kernel knows it ("rr", "wlc", "mh"...)
 * @param flags IP_VS_SVC_F_* ({@link #F_PERSISTENT}, {@link #F_ONEPACKET}, scheduler flags)
 * @param timeoutSeconds persistence timeout; meaningful with {@link #F_PERSISTENT}
 * @param netmask persistence granularity: an IPv4 netmask as a 32-bit value, or an IPv6 prefix
 *     length
 * @param persistenceEngine "sip" or null
 * @param stats counters and rates; {@link IpvsCounters#ZERO} when setting
 */
public record IpvsService(
    IpvsServiceKey key,
    String scheduler,
    int flags,
    int timeoutSeconds,
    long netmask,
    String persistenceEngine,
    IpvsCounters stats) {

  public static final int F_PERSISTENT = 0x0001;
  public static final int F_HASHED = 0x0002;
  public static final int F_ONEPACKET = 0x0004;
  /** sh-fallback / mh-fallback. */
  public static final int F_SCHED1 = 0x0008;
  /** sh-port / mh-port. */
  public static final int F_SCHED2 = 0x0010;
  public static final int F_SCHED3 = 0x0020;

  public IpvsService {
    Objects.requireNonNull(key);
    Objects.requireNonNull(scheduler);
    Objects.requireNonNull(stats);
  }

  /** The same service as it would be set: without counters. */
  public IpvsService withoutStats() {
    return new IpvsService(
        key, scheduler, flags & ~F_HASHED, timeoutSeconds, netmask, persistenceEngine,
        IpvsCounters.ZERO);
  }
}

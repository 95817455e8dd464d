package org.jkeepalived.lvs.forward;

import java.time.Duration;
import java.util.Objects;

/**
 * The forwarder's resource bounds: what a hostile or merely heavy load can take.
 *
 * @param threads forwarding threads (never shared with an engine's loop)
 * @param maxConnections TCP connections and UDP flows through the forwarder at once; beyond, new
 *     TCP clients are reset and datagrams of new UDP clients dropped
 * @param maxUdpFlows UDP flows per virtual server (within maxConnections)
 * @param drainBound how long connections of a removed destination may finish before they are
 *     closed
 * @param connectTimeout how long a connection to a real server may take
 */
public record ForwarderSettings(
    int threads, int maxConnections, int maxUdpFlows, Duration drainBound,
    Duration connectTimeout) {

  public static final ForwarderSettings DEFAULT =
      new ForwarderSettings(
          Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
          connectionsWithin(descriptorLimit()), 65_536, Duration.ofSeconds(60),
          Duration.ofSeconds(5));

  /**
   * At most 50,000 connections, and never more than the process's descriptors allow: a proxied
   * TCP connection holds two, a UDP flow one, and 1024 stay for the rest of the daemon. Past the
   * limit, accept() would fail with EMFILE for every engine, not just the forwarder.
   */
  static int connectionsWithin(long descriptors) {
    return (int) Math.max(64, Math.min(50_000, (descriptors - 1024) / 2));
  }

  private static long descriptorLimit() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return 100_000;
  }

  public ForwarderSettings {
    Objects.requireNonNull(drainBound);
    Objects.requireNonNull(connectTimeout);
    if (threads < 1 || maxConnections < 1 || maxUdpFlows < 1) {
      throw new IllegalArgumentException("threads and bounds must be at least 1");
    }
  }

  public ForwarderSettings withThreads(int n) {
    return new ForwarderSettings(n, maxConnections, maxUdpFlows, drainBound, connectTimeout);
  }

  public ForwarderSettings withMaxConnections(int n) {
    return new ForwarderSettings(threads, n, maxUdpFlows, drainBound, connectTimeout);
  }

  public ForwarderSettings withMaxUdpFlows(int n) {
    return new ForwarderSettings(threads, maxConnections, n, drainBound, connectTimeout);
  }

  public ForwarderSettings withDrainBound(Duration d) {
    return new ForwarderSettings(threads, maxConnections, maxUdpFlows, d, connectTimeout);
  }
}

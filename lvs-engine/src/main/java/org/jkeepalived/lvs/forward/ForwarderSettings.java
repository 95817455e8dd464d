package org.jkeepalived.lvs.forward;

import java.time.Duration;
import java.util.Objects;

/**
 * The forwarder's resource bounds: what a hostile or merely heavy load can take.
 *
 * @param threads forwarding threads (never shared with an engine's loop)
 * @param maxConnections TCP connections through the forwarder at once; beyond, new clients are
 *     reset
 * @param maxUdpFlows UDP flows per virtual server; beyond, datagrams of new clients are dropped
 * @param drainBound how long connections of a removed destination may finish before they are
 *     closed
 * @param connectTimeout how long a connection to a real server may take
 */
public record ForwarderSettings(
    int threads, int maxConnections, int maxUdpFlows, Duration drainBound,
    Duration connectTimeout) {

  public static final ForwarderSettings DEFAULT =
      new ForwarderSettings(
          Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 50_000, 65_536,
          Duration.ofSeconds(60), Duration.ofSeconds(5));

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

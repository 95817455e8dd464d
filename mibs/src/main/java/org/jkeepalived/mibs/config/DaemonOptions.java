package org.jkeepalived.mibs.config;

import java.time.Duration;

/**
 * The top-level daemon keywords outside any block: network namespaces, instance name, pid
 * directory, link polling and the child exit wait (keepalived.conf(5), "Global definitions").
 */
public record DaemonOptions(
    String netNamespace,
    String netNamespaceIpvs,
    boolean namespaceWithIpsets,
    String instance,
    boolean usePidDir,
    boolean linkbeatUsePolling,
    Duration childWaitTime) {
  public static final DaemonOptions DEFAULTS =
      new DaemonOptions(null, null, false, null, false, false, Duration.ofSeconds(5));
}

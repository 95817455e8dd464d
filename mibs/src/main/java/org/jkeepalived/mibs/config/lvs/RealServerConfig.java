package org.jkeepalived.mibs.config.lvs;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * A real_server after keepalived's corrections: the port (set to the virtual server's where
 * keepalived does), the weight (default 1), forwarding (inherited from the virtual server),
 * notify scripts (null: none), connection thresholds (0: unset), smtp_alert and the inherited
 * checker defaults; the checkers in file order.
 */
public record RealServerConfig(
    InetAddress address,
    int port,
    int weight,
    Forwarding forwarding,
    boolean inhibitOnFailure,
    ScriptSpec notifyUp,
    ScriptSpec notifyDown,
    long upperThreshold,
    long lowerThreshold,
    boolean smtpAlert,
    String virtualhost,
    String snmpName,
    boolean alpha,
    Duration connectTimeout,
    Duration delayLoop,
    List<CheckerConfig> checkers) {
  public RealServerConfig {
    checkers = List.copyOf(checkers);
  }
}

package org.jkeepalived.mibs.config.lvs;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * A virtual_server after keepalived's corrections. {@code protocol} is null for fwmark services
 * (keepalived ignores it there); {@code persistenceTimeout} is null when not persistent;
 * {@code persistenceGranularity} is a prefix length (-1: unset); scripts, sorry server,
 * virtualhost and names are null when absent.
 */
public record VirtualServerConfig(
    VirtualServiceId id,
    IpFamily family,
    LvsProtocol protocol,
    IpvsScheduler scheduler,
    Set<SchedulerFlag> flags,
    Forwarding forwarding,
    Duration persistenceTimeout,
    int persistenceGranularity,
    String persistenceEngine,
    boolean haSuspend,
    boolean smtpAlert,
    String virtualhost,
    String snmpName,
    boolean alpha,
    boolean omega,
    long quorum,
    long hysteresis,
    ScriptSpec quorumUp,
    ScriptSpec quorumDown,
    SorryServer sorryServer,
    Duration delayLoop,
    boolean inhibitOnFailure,
    ProxyProtocolVersion proxyProtocol,
    List<RealServerConfig> realServers) {
  public VirtualServerConfig {
    proxyProtocol = proxyProtocol == null ? ProxyProtocolVersion.NONE : proxyProtocol;
    flags = Set.copyOf(flags);
    realServers = List.copyOf(realServers);
  }
}

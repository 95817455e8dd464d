package org.jkeepalived.mibs.config.lvs;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * A virtual_server after keepalived's corrections. {@code protocol} is null for fwmark services
 * (keepalived ignores it there); {@code persistenceTimeout} is null when not persistent;
 * {@code persistenceGranularity} is a prefix length (-1: unset); scripts, sorry server,
 * virtualhost and names are null when absent; {@code checkerDefaults} are the block's own checker
 * settings ({@link CheckerDefaults#NONE} when none is given).
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
    List<RealServerConfig> realServers,
    CheckerDefaults checkerDefaults) {
  public VirtualServerConfig {
    proxyProtocol = proxyProtocol == null ? ProxyProtocolVersion.NONE : proxyProtocol;
    flags = Set.copyOf(flags);
    realServers = List.copyOf(realServers);
    checkerDefaults = checkerDefaults == null ? CheckerDefaults.NONE : checkerDefaults;
  }

  /** A virtual server whose block gives its checkers no settings of their own. */
  public VirtualServerConfig(VirtualServiceId id, IpFamily family, LvsProtocol protocol,
      IpvsScheduler scheduler, Set<SchedulerFlag> flags, Forwarding forwarding,
      Duration persistenceTimeout, int persistenceGranularity, String persistenceEngine,
      boolean haSuspend, boolean smtpAlert, String virtualhost, String snmpName, boolean alpha,
      boolean omega, long quorum, long hysteresis, ScriptSpec quorumUp, ScriptSpec quorumDown,
      SorryServer sorryServer, Duration delayLoop, boolean inhibitOnFailure,
      List<RealServerConfig> realServers) {
    this(id, family, protocol, scheduler, flags, forwarding, persistenceTimeout,
        persistenceGranularity, persistenceEngine, haSuspend, smtpAlert, virtualhost, snmpName,
        alpha, omega, quorum, hysteresis, quorumUp, quorumDown, sorryServer, delayLoop,
        inhibitOnFailure, ProxyProtocolVersion.NONE, realServers, CheckerDefaults.NONE);
  }

  /** A virtual server with a PROXY protocol choice and no checker settings of its own. */
  public VirtualServerConfig(VirtualServiceId id, IpFamily family, LvsProtocol protocol,
      IpvsScheduler scheduler, Set<SchedulerFlag> flags, Forwarding forwarding,
      Duration persistenceTimeout, int persistenceGranularity, String persistenceEngine,
      boolean haSuspend, boolean smtpAlert, String virtualhost, String snmpName, boolean alpha,
      boolean omega, long quorum, long hysteresis, ScriptSpec quorumUp, ScriptSpec quorumDown,
      SorryServer sorryServer, Duration delayLoop, boolean inhibitOnFailure,
      ProxyProtocolVersion proxyProtocol, List<RealServerConfig> realServers) {
    this(id, family, protocol, scheduler, flags, forwarding, persistenceTimeout,
        persistenceGranularity, persistenceEngine, haSuspend, smtpAlert, virtualhost, snmpName,
        alpha, omega, quorum, hysteresis, quorumUp, quorumDown, sorryServer, delayLoop,
        inhibitOnFailure, proxyProtocol, realServers, CheckerDefaults.NONE);
  }
}

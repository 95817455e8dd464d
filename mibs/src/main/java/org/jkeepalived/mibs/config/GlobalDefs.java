package org.jkeepalived.mibs.config;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The global_defs block, grouped by concern. Every value is explicit: defaults are filled in by
 * the parser (keepalived 2.2.7 defaults), nulls mean "not set, keepalived decides at run time"
 * where the manual says so.
 */
public record GlobalDefs(
    String routerId,
    Notification notification,
    Vrrp vrrp,
    Firewall firewall,
    Lvs lvs,
    Scripts scripts,
    Fifos fifos,
    Snmp snmp,
    ProcessTuning vrrpProcess,
    ProcessTuning checkerProcess,
    ProcessTuning bfdProcess,
    Map<String, NetlinkBuffer> netlinkBuffers,
    Daemon daemon) {

  public GlobalDefs {
    netlinkBuffers = Map.copyOf(netlinkBuffers);
  }

  /** Email alerts: recipients, sender, SMTP server, and which alerts are on. */
  public record Notification(
      List<String> emails,
      String emailFrom,
      String smtpServer,
      int smtpPort,
      String smtpHeloName,
      Duration smtpConnectTimeout,
      Boolean smtpAlert,
      Boolean smtpAlertVrrp,
      Boolean smtpAlertChecker,
      boolean checkerLogAllFailures,
      boolean noEmailFaults,
      boolean noCheckerEmails) {
    public Notification {
      emails = List.copyOf(emails);
    }
  }

  /** VRRP-wide settings and the defaults vrrp_instances inherit. */
  public record Vrrp(
      InetAddress mcastGroup4,
      InetAddress mcastGroup6,
      int version,
      boolean strict,
      boolean skipCheckAdvAddr,
      boolean checkUnicastSrc,
      Boolean lowerPrioNoAdvert,
      Boolean higherPrioSendAdvert,
      boolean notifyPriorityChanges,
      Duration startupDelay,
      boolean logUnknownVrids,
      String vmacPrefix,
      String vmacAddrPrefix,
      int downTimerAdverts,
      GarpTimers garp,
      boolean minGarp,
      Duration garpExtraIf,
      boolean garpExtraIfAll,
      boolean disableLocalIgmp,
      String defaultInterface,
      String rxBufsPolicy,
      int rxBufsMultiplier,
      boolean dynamicInterfaces,
      boolean dynamicInterfacesAllowIfChanges) {}

  /** The firewall used for no_accept and VMAC filtering (nulls: not configured). */
  public record Firewall(
      List<String> iptablesChains,
      String nftablesTable,
      int nftablesPriority,
      boolean nftablesCounters,
      boolean nftablesIfindex,
      String nftablesIpvsTable,
      int nftablesIpvsPriority,
      int nftablesIpvsStartFwmark) {}

  /** Global LVS settings. */
  public record Lvs(
      LvsSyncDaemon syncDaemon,
      Duration tcpTimeout,
      Duration tcpFinTimeout,
      Duration udpTimeout,
      boolean flush,
      boolean flushOnStop,
      boolean flushOnStopVsOnly,
      boolean rsInitNotifies) {}

  /** Who runs scripts, whether they are security-checked, and the start-up/shut-down scripts. */
  public record Scripts(
      String scriptUser,
      String scriptGroup,
      boolean enableScriptSecurity,
      ScriptSpec startupScript,
      Duration startupScriptTimeout,
      ScriptSpec shutdownScript,
      Duration shutdownScriptTimeout) {}

  /** The notify FIFOs. */
  public record Fifos(
      FifoSpec global, FifoSpec vrrp, FifoSpec lvs, boolean writeVrrpStatesOnReload) {}

  /** keepalived's own SNMP (AgentX) switches; jkeepalived's agent reads them as intent. */
  public record Snmp(
      String socket,
      boolean vrrp,
      boolean checker,
      boolean rfcV2,
      boolean rfcV3,
      boolean traps) {}

  /** Process-wide settings. */
  public record Daemon(
      boolean processNames,
      String processName,
      String tmpConfigDirectory,
      String configSaveDir,
      Integer maxAutoPriority,
      Duration minAutoPriorityDelay,
      boolean enableDbus,
      String dbusServiceName,
      Integer umask,
      Long randomSeed,
      String reloadCheckConfig,
      String includeCheck,
      String reloadTimeFile,
      boolean reloadRepeat,
      String reloadFile,
      boolean dataUseInstance) {}
}

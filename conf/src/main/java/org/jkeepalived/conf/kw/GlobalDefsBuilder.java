package org.jkeepalived.conf.kw;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.FifoSpec;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.config.LvsSyncDaemon;
import org.jkeepalived.mibs.config.NetlinkBuffer;
import org.jkeepalived.mibs.config.ProcessTuning;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * Mutable collector for global_defs while the block is read and corrected; {@link #build} makes
 * the immutable record with keepalived 2.2.7's defaults for whatever was not given.
 */
public final class GlobalDefsBuilder {
  public String routerId;
  // notification
  public final List<String> emails = new ArrayList<>();
  public String emailFrom;
  public String smtpServer;
  public int smtpPort = 25;
  public String smtpHeloName;
  public Duration smtpConnectTimeout = Duration.ofSeconds(30);
  public Boolean smtpAlert;
  public Boolean smtpAlertVrrp;
  public Boolean smtpAlertChecker;
  public boolean checkerLogAllFailures;
  public boolean noEmailFaults;
  public boolean noCheckerEmails;
  // vrrp
  public InetAddress mcastGroup4 = Addresses.literal("224.0.0.18");
  public InetAddress mcastGroup6 = Addresses.literal("ff02::12");
  public int vrrpVersion = 2;
  public boolean vrrpStrict;
  public boolean skipCheckAdvAddr;
  public boolean checkUnicastSrc;
  public Boolean lowerPrioNoAdvert;
  public Boolean higherPrioSendAdvert;
  public boolean notifyPriorityChanges;
  public Duration startupDelay = Duration.ZERO;
  public boolean logUnknownVrids;
  public String vmacPrefix = "vrrp";
  /** null: keepalived uses vmac_prefix. */
  public String vmacAddrPrefix;
  public int downTimerAdverts = 3;
  public final GarpBuilder garp = new GarpBuilder();
  public boolean minGarp;
  public Duration garpExtraIf = Duration.ZERO;
  public boolean garpExtraIfAll;
  public boolean disableLocalIgmp;
  public String defaultInterface = "eth0";
  public String rxBufsPolicy = "MTU";
  public int rxBufsMultiplier = 3;
  public boolean dynamicInterfaces;
  public boolean dynamicInterfacesAllowIfChanges;
  // firewall
  public List<String> iptablesChains;
  public String nftablesTable;
  public int nftablesPriority = -1;
  public boolean nftablesCounters;
  public boolean nftablesIfindex;
  public String nftablesIpvsTable;
  public int nftablesIpvsPriority = -1;
  public int nftablesIpvsStartFwmark = 1000;
  // lvs
  public LvsSyncDaemon lvsSyncDaemon;
  public Duration lvsTcpTimeout;
  public Duration lvsTcpFinTimeout;
  public Duration lvsUdpTimeout;
  public boolean lvsFlush;
  public boolean lvsFlushOnStop;
  public boolean lvsFlushOnStopVsOnly;
  public boolean rsInitNotifies;
  // scripts
  public String scriptUser;
  public String scriptGroup;
  public boolean enableScriptSecurity;
  public ScriptSpec startupScript;
  public Duration startupScriptTimeout = Duration.ofSeconds(10);
  public ScriptSpec shutdownScript;
  public Duration shutdownScriptTimeout = Duration.ofSeconds(10);
  // fifos
  public FifoSpec fifo = FifoSpec.NONE;
  public FifoSpec vrrpFifo = FifoSpec.NONE;
  public FifoSpec lvsFifo = FifoSpec.NONE;
  public boolean fifoWriteVrrpStatesOnReload;
  // snmp
  public String snmpSocket;
  public boolean snmpVrrp;
  public boolean snmpChecker;
  public boolean snmpRfcV2;
  public boolean snmpRfcV3;
  public boolean snmpTraps;
  // processes
  public final ProcessBuilder vrrpProcess = new ProcessBuilder();
  public final ProcessBuilder checkerProcess = new ProcessBuilder();
  public final ProcessBuilder bfdProcess = new ProcessBuilder();
  public final Map<String, NetlinkBuffer> netlinkBuffers = new HashMap<>();
  // daemon
  public boolean processNames;
  public String processName;
  public String tmpConfigDirectory;
  public String configSaveDir;
  public Integer maxAutoPriority;
  public Duration minAutoPriorityDelay;
  public boolean enableDbus;
  public String dbusServiceName;
  public Integer umask;
  public Long randomSeed;
  public String reloadCheckConfig;
  public String includeCheck;
  public String reloadTimeFile;
  public boolean reloadRepeat;
  public String reloadFile;
  public boolean dataUseInstance = true;

  /** Per-process scheduling settings. */
  public static final class ProcessBuilder {
    public String processName;
    public Integer priority;
    public boolean noSwap;
    public final List<Integer> cpuAffinity = new ArrayList<>();
    public Integer realtimePriority;
    public Long rlimitRttimeMicros;

    ProcessTuning build() {
      return new ProcessTuning(
          processName, priority, noSwap, cpuAffinity, realtimePriority, rlimitRttimeMicros);
    }
  }

  /** Builds the record; the router_id and HELO name default to the host name. */
  public GlobalDefs build(String hostname) {
    return new GlobalDefs(
        routerId != null ? routerId : hostname,
        new GlobalDefs.Notification(
            emails,
            emailFrom != null ? emailFrom : "keepalived@" + hostname,
            smtpServer,
            smtpPort,
            smtpHeloName != null ? smtpHeloName : hostname,
            smtpConnectTimeout,
            smtpAlert,
            smtpAlertVrrp,
            smtpAlertChecker,
            checkerLogAllFailures,
            noEmailFaults,
            noCheckerEmails),
        new GlobalDefs.Vrrp(
            mcastGroup4, mcastGroup6, vrrpVersion, vrrpStrict, skipCheckAdvAddr, checkUnicastSrc,
            lowerPrioNoAdvert, higherPrioSendAdvert, notifyPriorityChanges, startupDelay,
            logUnknownVrids, vmacPrefix, vmacAddrPrefix, downTimerAdverts, garp.build(), minGarp,
            garpExtraIf, garpExtraIfAll, disableLocalIgmp, defaultInterface, rxBufsPolicy,
            rxBufsMultiplier, dynamicInterfaces, dynamicInterfacesAllowIfChanges),
        new GlobalDefs.Firewall(
            iptablesChains, nftablesTable, nftablesPriority, nftablesCounters,
            nftablesIfindex, nftablesIpvsTable, nftablesIpvsPriority, nftablesIpvsStartFwmark),
        new GlobalDefs.Lvs(
            lvsSyncDaemon, lvsTcpTimeout, lvsTcpFinTimeout, lvsUdpTimeout, lvsFlush,
            lvsFlushOnStop, lvsFlushOnStopVsOnly, rsInitNotifies),
        new GlobalDefs.Scripts(
            scriptUser, scriptGroup, enableScriptSecurity, startupScript, startupScriptTimeout,
            shutdownScript, shutdownScriptTimeout),
        new GlobalDefs.Fifos(fifo, vrrpFifo, lvsFifo, fifoWriteVrrpStatesOnReload),
        new GlobalDefs.Snmp(snmpSocket, snmpVrrp, snmpChecker, snmpRfcV2, snmpRfcV3, snmpTraps),
        vrrpProcess.build(),
        checkerProcess.build(),
        bfdProcess.build(),
        netlinkBuffers,
        new GlobalDefs.Daemon(
            processNames, processName, tmpConfigDirectory, configSaveDir, maxAutoPriority,
            minAutoPriorityDelay, enableDbus, dbusServiceName, umask, randomSeed,
            reloadCheckConfig, includeCheck, reloadTimeFile, reloadRepeat, reloadFile,
            dataUseInstance));
  }
}

package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.diag.Location;
import org.jkeepalived.conf.kw.GarpBuilder;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.GarpTimers;
import org.jkeepalived.mibs.config.InitialState;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.jkeepalived.mibs.config.TrackRef;
import org.jkeepalived.mibs.config.UnicastPeer;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.config.VrrpNotify;

/**
 * A vrrp_instance while it is read and corrected. Values keepalived inherits from global_defs
 * are null until the checks fill them in; {@code *Set} flags record what was written explicitly.
 */
public final class VrrpInstanceBuilder {
  public final String name;
  public final Location location;
  public InitialState state = InitialState.BACKUP;
  public boolean stateSet;
  public String interfaceName;
  public Location interfaceLocation;
  public int virtualRouterId;
  public int priority = 100;
  public boolean prioritySet;
  public Duration advertInterval = Duration.ofSeconds(1);
  public Integer version;
  public Boolean ipv6;
  public boolean nativeIpv6;
  public Authentication authentication = Authentication.NONE;
  public final List<VirtualAddress> vips = new ArrayList<>();
  public final List<VirtualAddress> excluded = new ArrayList<>();
  public final List<VirtualRoute> routes = new ArrayList<>();
  public final List<VirtualRule> rules = new ArrayList<>();
  public final List<TrackRefBuilder> trackInterfaces = new ArrayList<>();
  public final List<TrackRefBuilder> trackScripts = new ArrayList<>();
  public final List<TrackRefBuilder> trackFiles = new ArrayList<>();
  public final List<TrackRefBuilder> trackProcesses = new ArrayList<>();
  public final List<TrackRefBuilder> trackBfds = new ArrayList<>();
  public boolean dontTrackPrimary;
  public boolean trackSrcIp;
  /** bfd_fast_takeover (jkeepalived extension): the bfd_instance to the master, or null. */
  public String bfdFastTakeover;
  // transport
  public InetAddress sourceAddress;
  public InetAddress mcastDst;
  public final List<UnicastPeer> unicastPeers = new ArrayList<>();
  public boolean unicastPeerBlock;
  public int unicastTtl = 255;
  public boolean unicastFaultNoPeer;
  public boolean checkUnicastSrc;
  public String vrf;
  public String oldUnicastChecksum;
  public Integer kernelRxBufSize;
  // vmac
  public boolean useVmac;
  public String vmacName;
  public String vmacMac;
  public boolean useVmacAddr;
  public boolean vmacXmitBase;
  public boolean useIpvlan;
  public String ipvlanName;
  public IpPrefix ipvlanAddress;
  public String ipvlanMode;
  // behaviour
  public boolean nopreempt;
  public Duration preemptDelay = Duration.ZERO;
  public Boolean accept;
  public Boolean strict;
  public Boolean skipCheckAdvAddr;
  public Boolean lowerPrioNoAdvert;
  public Boolean higherPrioSendAdvert;
  public Integer downTimerAdverts;
  public Duration garpExtraIf;
  public Boolean garpExtraIfAll;
  public boolean promoteSecondaries;
  public Boolean notifyPriorityChanges;
  public Boolean smtpAlert;
  public boolean linkbeatUsePolling;
  public int debug;
  public String lvsSyncDaemonInterface;
  /** Instance GARP values, applied over the global defaults by the checks. */
  public final List<java.util.function.Consumer<GarpBuilder>> garpOverrides = new ArrayList<>();
  // notify
  public ScriptSpec notifyMaster;
  public ScriptSpec notifyBackup;
  public ScriptSpec notifyFault;
  public ScriptSpec notifyStop;
  public boolean notifyDeleted;
  public ScriptSpec notifyDeletedScript;
  public ScriptSpec notifyAny;
  public ScriptSpec notifyMasterRxLowerPri;

  /** Rules without a preference number from the counter of the whole configuration. */
  public final RuleGrammar.PreferenceCounter rulePreferences;

  public VrrpInstanceBuilder(
      String name, Location location, RuleGrammar.PreferenceCounter rulePreferences) {
    this.name = name;
    this.location = location;
    this.rulePreferences = rulePreferences;
  }

  /** keepalived's message prefix for this instance: {@code (VI_1)}. */
  public String tag() {
    return "(" + name + ")";
  }

  public VrrpNotify notifyScripts() {
    return new VrrpNotify(
        notifyMaster, notifyBackup, notifyFault, notifyStop, notifyDeleted,
        notifyDeletedScript, notifyAny, notifyMasterRxLowerPri);
  }

  private static List<TrackRef> refs(List<TrackRefBuilder> in) {
    List<TrackRef> out = new ArrayList<>(in.size());
    for (TrackRefBuilder r : in) {
      out.add(r.ref());
    }
    return out;
  }

  /** Builds the record; call after the checks have filled every inherited value. */
  public VrrpInstanceConfig build(GarpTimers garp) {
    return new VrrpInstanceConfig(
        name, state, interfaceName, virtualRouterId, priority, advertInterval, version,
        Boolean.TRUE.equals(ipv6), authentication, vips, excluded, routes, rules,
        new VrrpInstanceConfig.Tracking(
            refs(trackInterfaces), refs(trackScripts), refs(trackFiles), refs(trackProcesses),
            refs(trackBfds), dontTrackPrimary, trackSrcIp, bfdFastTakeover),
        new VrrpInstanceConfig.Transport(
            sourceAddress, mcastDst, unicastPeers, unicastTtl, unicastFaultNoPeer,
            checkUnicastSrc, vrf, oldUnicastChecksum, kernelRxBufSize),
        new VrrpInstanceConfig.Vmac(
            useVmac, vmacName, vmacMac, useVmacAddr, vmacXmitBase, useIpvlan, ipvlanName,
            ipvlanAddress, ipvlanMode),
        new VrrpInstanceConfig.Behaviour(
            !nopreempt, preemptDelay, Boolean.TRUE.equals(accept), Boolean.TRUE.equals(strict),
            Boolean.TRUE.equals(skipCheckAdvAddr), Boolean.TRUE.equals(lowerPrioNoAdvert),
            Boolean.TRUE.equals(higherPrioSendAdvert), downTimerAdverts, garpExtraIf,
            Boolean.TRUE.equals(garpExtraIfAll), promoteSecondaries,
            Boolean.TRUE.equals(notifyPriorityChanges), smtpAlert, linkbeatUsePolling, debug,
            lvsSyncDaemonInterface),
        garp,
        notifyScripts());
  }
}

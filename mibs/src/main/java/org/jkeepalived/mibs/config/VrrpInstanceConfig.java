package org.jkeepalived.mibs.config;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/**
 * One vrrp_instance after keepalived's corrections (version forced to 3 for IPv6, priority 255
 * for an address owner, preempt settings cleared where they cannot apply, strict-mode rules,
 * unresolved track references dropped). Every default is explicit.
 *
 * @param priority the configured (base) priority, 1..255; 255 is the address owner
 * @param advertInterval the advertisement interval, rounded to the version's resolution
 * @param ipv6 the instance's address family (from its first VIP, or {@code native_ipv6})
 */
public record VrrpInstanceConfig(
    String name,
    InitialState state,
    String interfaceName,
    int virtualRouterId,
    int priority,
    Duration advertInterval,
    int version,
    boolean ipv6,
    Authentication authentication,
    List<VirtualAddress> virtualAddresses,
    List<VirtualAddress> excludedAddresses,
    List<VirtualRoute> virtualRoutes,
    List<VirtualRule> virtualRules,
    Tracking tracking,
    Transport transport,
    Vmac vmac,
    Behaviour behaviour,
    GarpTimers garp,
    VrrpNotify notifyScripts) {

  public VrrpInstanceConfig {
    virtualAddresses = List.copyOf(virtualAddresses);
    excludedAddresses = List.copyOf(excludedAddresses);
    virtualRoutes = List.copyOf(virtualRoutes);
    virtualRules = List.copyOf(virtualRules);
  }

  /**
   * What the instance watches; weights 0 mean "fault when down".
   *
   * @param bfdFastTakeover jkeepalived's {@code bfd_fast_takeover} extension: the bfd_instance
   *     whose session to the master, going Down, makes this backup master at once; null without
   */
  public record Tracking(
      List<TrackRef> interfaces,
      List<TrackRef> scripts,
      List<TrackRef> files,
      List<TrackRef> processes,
      List<TrackRef> bfds,
      boolean dontTrackPrimary,
      boolean trackSrcIp,
      String bfdFastTakeover) {
    public Tracking {
      interfaces = List.copyOf(interfaces);
      scripts = List.copyOf(scripts);
      files = List.copyOf(files);
      processes = List.copyOf(processes);
      bfds = List.copyOf(bfds);
    }

    /** Without the fast-takeover extension (keepalived's keywords only). */
    public Tracking(List<TrackRef> interfaces, List<TrackRef> scripts, List<TrackRef> files,
        List<TrackRef> processes, List<TrackRef> bfds, boolean dontTrackPrimary,
        boolean trackSrcIp) {
      this(interfaces, scripts, files, processes, bfds, dontTrackPrimary, trackSrcIp, null);
    }
  }

  /** How adverts are sent and received. */
  public record Transport(
      InetAddress sourceAddress,
      InetAddress multicastGroup,
      List<UnicastPeer> unicastPeers,
      int unicastTtl,
      boolean unicastFaultNoPeer,
      boolean checkUnicastSrc,
      String vrf,
      String oldUnicastChecksum,
      Integer kernelRxBufSize) {
    public Transport {
      unicastPeers = List.copyOf(unicastPeers);
    }
  }

  /** Virtual MAC (macvlan) or ipvlan interface use. */
  public record Vmac(
      boolean useVmac,
      String vmacName,
      String vmacMac,
      boolean useVmacAddr,
      boolean xmitBase,
      boolean useIpvlan,
      String ipvlanName,
      IpPrefix ipvlanAddress,
      String ipvlanMode) {}

  /** Protocol behaviour switches. */
  public record Behaviour(
      boolean preempt,
      Duration preemptDelay,
      boolean accept,
      boolean strict,
      boolean skipCheckAdvAddr,
      boolean lowerPrioNoAdvert,
      boolean higherPrioSendAdvert,
      int downTimerAdverts,
      Duration garpExtraIf,
      boolean garpExtraIfAll,
      boolean promoteSecondaries,
      boolean notifyPriorityChanges,
      Boolean smtpAlert,
      boolean linkbeatUsePolling,
      int debug,
      String lvsSyncDaemonInterface) {}
}

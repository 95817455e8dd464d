package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.mibs.config.Authentication;
import org.jkeepalived.mibs.config.UnicastPeer;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.vrrp.instance.InstanceParameters;
import org.jkeepalived.vrrp.instance.ReceivePolicy;
import org.jkeepalived.vrrp.fsm.VrrpFsmConfig;
import org.jkeepalived.vrrp.fsm.VrrpTimers;
import org.jkeepalived.vrrp.packet.UnicastChecksum;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpVersion;

/**
 * Translates a {@code vrrpInstanceTable} config row (keepalived.conf's vrrp_instance, as the
 * conf module corrected it) into what an instance engine runs with. Units and defaults convert
 * here: the primary address is {@code mcast_src_ip} / {@code unicast_src_ip} or else the
 * interface's first address of the family (for IPv6 its link-local address, RFC 5798 section
 * 5.1.2.1), the destination 224.0.0.18 / ff02::12, {@code mcast_dst_ip} or the unicast peers.
 */
public final class InstanceSettings {
  static final InetAddress VRRP_GROUP_V4 = ip("224.0.0.18");
  static final InetAddress VRRP_GROUP_V6 = ip("ff02::12");

  private InstanceSettings() {}

  /** The address adverts are sent from, or empty when the interface has none of the family. */
  public static Optional<InetAddress> primaryAddress(VrrpInstanceConfig c, int ifindex,
      AddressManager addresses) throws IOException {
    InetAddress configured = c.transport() == null ? null : c.transport().sourceAddress();
    if (configured != null) {
      return Optional.of(configured);
    }
    List<InterfaceAddress> all =
        addresses.list(c.ipv6() ? LinuxConstants.AF_INET6 : LinuxConstants.AF_INET);
    return all.stream()
        .filter(a -> a.ifindex() == ifindex)
        .map(InterfaceAddress::address)
        .filter(a -> c.ipv6() ? a.isLinkLocalAddress() : a instanceof Inet4Address)
        .findFirst();
  }

  /** The instance engine's parameters for the row, sending from {@code primary}. */
  public static InstanceParameters instanceParameters(
      VrrpInstanceConfig c, InetAddress primary) {
    VrrpVersion version = c.version() == 2 && !c.ipv6() ? VrrpVersion.V2 : VrrpVersion.V3;
    VrrpInstanceConfig.Behaviour b = c.behaviour();
    VrrpFsmConfig fsm = VrrpFsmConfig.defaults(version, c.advertInterval(), primary);
    if (b != null) {
      int adverts = b.downTimerAdverts() >= 1 && b.downTimerAdverts() <= 100
          ? b.downTimerAdverts() : VrrpTimers.RFC_DOWN_TIMER_ADVERTS;
      fsm = fsm.withDownTimerAdverts(adverts)
          .withPreemptDelay(b.preemptDelay() == null ? Duration.ZERO : b.preemptDelay())
          .withLowerPrioNoAdvert(b.lowerPrioNoAdvert())
          .withHigherPrioSendAdvert(b.higherPrioSendAdvert());
      if (b.strict()) {
        fsm = fsm.strict();
      }
    }
    List<UnicastPeer> peers = c.transport() == null ? List.of() : c.transport().unicastPeers();
    List<InetAddress> destinations = peers.isEmpty()
        ? List.of(group(c)) : peers.stream().map(UnicastPeer::address).toList();
    VrrpCodecOptions codec = VrrpCodecOptions.DEFAULT
        .withAuth(version == VrrpVersion.V2 ? auth(c.authentication()) : VrrpAuth.none())
        .withUnicastChecksum(unicastChecksum(c))
        .withCheckTtl(peers.isEmpty())
        .withSkipCheckAdvAddr(b != null && b.skipCheckAdvAddr());
    ReceivePolicy policy = new ReceivePolicy(
        peers.stream().map(p -> new ReceivePolicy.Peer(p.address(), p.minTtl(), p.maxTtl()))
            .toList(),
        c.transport() != null && c.transport().checkUnicastSrc());
    boolean preempt = b == null || b.preempt();
    return new InstanceParameters(c.name(), c.virtualRouterId(),
        c.priority(), preempt, fsm, advertised(c), destinations, codec, policy);
  }

  /** The multicast group adverts go to. */
  static InetAddress group(VrrpInstanceConfig c) {
    InetAddress g = c.transport() == null ? null : c.transport().multicastGroup();
    if (g != null && (g instanceof Inet6Address) == c.ipv6()) {
      return g;
    }
    return c.ipv6() ? VRRP_GROUP_V6 : VRRP_GROUP_V4;
  }

  /** The VIPs an advert lists: virtual_ipaddress of the instance's family (not the excluded). */
  static List<InetAddress> advertised(VrrpInstanceConfig c) {
    return c.virtualAddresses().stream()
        .map(VirtualAddress::address)
        .filter(p -> p.isIpv6() == c.ipv6())
        .map(p -> p.address())
        .toList();
  }

  static VrrpAuth auth(Authentication a) {
    if (a == null || a.type() == Authentication.Type.NONE || a.password() == null) {
      return VrrpAuth.none();
    }
    return a.type() == Authentication.Type.PASS ? VrrpAuth.pass(a.password())
        : VrrpAuth.ah(a.password());
  }

  static UnicastChecksum unicastChecksum(VrrpInstanceConfig c) {
    String old = c.transport() == null ? null : c.transport().oldUnicastChecksum();
    if (old == null) {
      return UnicastChecksum.AUTO;
    }
    return "never".equalsIgnoreCase(old) ? UnicastChecksum.NEVER : UnicastChecksum.OLD;
  }

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

package org.jkeepalived.vrrp.vip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.mibs.config.VirtualAddress;

/**
 * Turns keepalived's {@code virtual_ipaddress} entries into the addresses the kernel is given, as
 * {@code ip address add} would: the entry's {@code dev} or else the instance's interface, {@code
 * scope}, {@code label}, {@code brd}, {@code peer}, and the IPv6 flags. IPv6 VIPs always get
 * IFA_F_NODAD (every router of the group holds the address, so DAD would fail it), and an IPv6
 * /128 gets preferred_lft 0 unless one is given, as keepalived 2.2.7 does.
 */
public final class VipAddresses {
  private VipAddresses() {}

  /**
   * Converts the entries.
   *
   * @param ifindexOf interface index of a name, or 0 when the interface does not exist
   * @param defaultDev the instance's interface
   */
  public static List<InterfaceAddress> of(List<VirtualAddress> entries, String defaultDev,
      ToIntFunction<String> ifindexOf) {
    List<InterfaceAddress> out = new ArrayList<>();
    for (VirtualAddress v : entries) {
      int ifindex = ifindexOf.applyAsInt(v.dev() != null ? v.dev() : defaultDev);
      if (ifindex > 0) {
        out.add(of(v, ifindex));
      }
    }
    return out;
  }

  /** One entry on a known interface. */
  public static InterfaceAddress of(VirtualAddress v, int ifindex) {
    InterfaceAddress a = InterfaceAddress.vip(ifindex, v.address().address(),
        v.address().prefixLength());
    if (v.scope() != null) {
      a = a.withScope(scope(v.scope()));
    }
    if (v.label() != null) {
      a = a.withLabel(v.label());
    }
    if (v.broadcast() != null) {
      a = a.withBroadcast(v.broadcast());
    }
    if (v.peer() != null) {
      a = a.withPeer(v.peer().address());
    }
    int flags = a.flags();
    if (v.noDad() || v.address().isIpv6()) {
      flags |= Rtnl.IFA_F_NODAD;
    }
    if (v.home()) {
      flags |= Rtnl.IFA_F_HOMEADDRESS;
    }
    if (v.mngTmpAddr()) {
      flags |= Rtnl.IFA_F_MANAGETEMPADDR;
    }
    if (v.noPrefixRoute()) {
      flags |= Rtnl.IFA_F_NOPREFIXROUTE;
    }
    if (v.autoJoin()) {
      flags |= Rtnl.IFA_F_MCAUTOJOIN;
    }
    a = a.withFlags(flags);
    if (v.preferredLft() != null) {
      Duration preferred = v.preferredLft() < 0 ? InterfaceAddress.FOREVER
          : Duration.ofSeconds(v.preferredLft());
      a = a.withLifetimes(preferred, a.validLifetime());
    }
    return a;
  }

  /** {@code scope} as ip(8) names it (host, link, site, global) or a number. */
  static int scope(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "global", "universe" -> Rtnl.RT_SCOPE_UNIVERSE;
      case "site" -> Rtnl.RT_SCOPE_SITE;
      case "link" -> Rtnl.RT_SCOPE_LINK;
      case "host" -> Rtnl.RT_SCOPE_HOST;
      case "nowhere" -> Rtnl.RT_SCOPE_NOWHERE;
      default -> Integer.parseInt(name);
    };
  }
}

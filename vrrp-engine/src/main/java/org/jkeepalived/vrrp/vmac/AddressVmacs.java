package org.jkeepalived.vrrp.vmac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/**
 * The VMACs keepalived 2.2.7 makes for VIPs / eVIPs on another interface than the instance's
 * (keepalived.conf(5): {@code use_vmac} on a {@code virtual_ipaddress} entry, or the instance's
 * {@code use_vmac_addr} for every such entry). Observed on keepalived 2.2.7: one macvlan in mode
 * private per such {@code dev}, shared by its VIPs, with the VIP family's virtual MAC
 * (00-00-5E-00-01-VRID for IPv4), named {@code vmac_addr_prefix.VRID}, or, when that name is
 * taken (say by the instance's own {@code vrrp.VRID}), {@code PREFIX1.VRID}, {@code PREFIX2.VRID}
 * and so on; these are made whether or not the instance itself has {@code use_vmac}. Adverts
 * never use them. Pure.
 */
public final class AddressVmacs {
  private AddressVmacs() {}

  /**
   * The interfaces (VIPs' {@code dev}) that need a VMAC, in config order, each with whether its
   * first VIP is IPv6 (the MAC follows that family). A {@code dev} equal to the instance's
   * interface is the instance's business ({@code use_vmac}), not listed.
   */
  public static Map<String, Boolean> devices(VrrpInstanceConfig row) {
    boolean all = row.vmac() != null && row.vmac().useVmacAddr();
    Map<String, Boolean> out = new LinkedHashMap<>();
    List<VirtualAddress> entries = new ArrayList<>(row.virtualAddresses());
    entries.addAll(row.excludedAddresses());
    for (VirtualAddress v : entries) {
      if (v.dev() != null && !v.dev().equals(row.interfaceName()) && (all || v.useVmac())) {
        out.putIfAbsent(v.dev(), v.address().isIpv6());
      }
    }
    return out;
  }

  /**
   * The plans for {@link #devices}, named with {@code prefix} avoiding the names {@code taken}
   * says are used (names chosen here are added to what is avoided).
   */
  public static Map<String, VmacPlan> plans(VrrpInstanceConfig row, String prefix,
      Predicate<String> taken) {
    String p = prefix == null || prefix.isEmpty() ? VmacPlan.DEFAULT_PREFIX : prefix;
    int vrid = row.virtualRouterId();
    Map<String, VmacPlan> out = new LinkedHashMap<>();
    devices(row).forEach((dev, ipv6) -> {
      String name = name(p, vrid, n -> taken.test(n)
          || out.values().stream().anyMatch(x -> x.name().equals(n)));
      out.put(dev, new VmacPlan(VirtualLinkKind.MACVLAN, name, dev,
          VmacPlan.virtualMac(ipv6, vrid), ipv6, false, null, 0));
    });
    return out;
  }

  /** {@code PREFIX.VRID}, else the first free {@code PREFIXn.VRID} (n = 1, 2, ...). */
  static String name(String prefix, int vrid, Predicate<String> taken) {
    String first = prefix + "." + vrid;
    if (!taken.test(first)) {
      return first;
    }
    for (int n = 1; ; n++) {
      String next = String.format(Locale.ROOT, "%s%d.%d", prefix, n, vrid);
      if (!taken.test(next)) {
        return next;
      }
    }
  }
}

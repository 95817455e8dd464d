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
 * The VMACs keepalived 2.2.7 makes for VIPs / eVIPs on another interface or of the other family
 * than the instance's (keepalived.conf(5): {@code use_vmac} on a {@code virtual_ipaddress} entry,
 * or the instance's {@code use_vmac_addr} for every such entry). Observed on keepalived 2.2.7:
 * one macvlan in mode private per such interface and family, shared by its VIPs, with that
 * family's virtual MAC (00-00-5E-00-01-VRID for IPv4, 00-00-5E-00-02-VRID for IPv6, which also
 * gets the base's link-local), named {@code vmac_addr_prefix.VRID}, or, when that name is taken
 * (say by the instance's own {@code vrrp.VRID}), {@code PREFIX1.VRID}, {@code PREFIX2.VRID} and
 * so on; these are made whether or not the instance itself has {@code use_vmac}. Adverts never
 * use them. Pure.
 */
public final class AddressVmacs {
  private AddressVmacs() {}

  /** Where a VIP's VMAC goes: its interface and its family (the MAC follows the family). */
  public record Target(String dev, boolean ipv6) {}

  /** The target of one entry (its {@code dev}, or the instance's interface). */
  public static Target target(VrrpInstanceConfig row, VirtualAddress v) {
    return new Target(v.dev() != null ? v.dev() : row.interfaceName(), v.address().isIpv6());
  }

  /**
   * The targets that need a VMAC, in config order: entries with {@code use_vmac}, or all with
   * the instance's {@code use_vmac_addr}, that are on another interface or of the other family
   * than the instance (an entry of the instance's interface and family is the instance's own
   * business, {@code use_vmac}).
   */
  public static List<Target> targets(VrrpInstanceConfig row) {
    boolean all = row.vmac() != null && row.vmac().useVmacAddr();
    List<VirtualAddress> entries = new ArrayList<>(row.virtualAddresses());
    entries.addAll(row.excludedAddresses());
    java.util.Set<Target> out = new java.util.LinkedHashSet<>();
    for (VirtualAddress v : entries) {
      Target t = target(row, v);
      boolean own = t.dev().equals(row.interfaceName()) && t.ipv6() == row.ipv6();
      if (!own && (all || v.useVmac())) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The plans for {@link #targets}, named with {@code prefix} avoiding the names {@code taken}
   * says are used (names chosen here are avoided too). Observed on keepalived 2.2.7: an IPv6
   * VMAC on an IPv4 instance's own interface is {@code PREFIX6.VRID} when {@code PREFIX.VRID} is
   * taken; the others take the first free numbered name.
   */
  public static Map<Target, VmacPlan> plans(VrrpInstanceConfig row, String prefix,
      Predicate<String> taken) {
    String p = prefix == null || prefix.isEmpty() ? VmacPlan.DEFAULT_PREFIX : prefix;
    int vrid = row.virtualRouterId();
    Map<Target, VmacPlan> out = new LinkedHashMap<>();
    for (Target t : targets(row)) {
      Predicate<String> used = n -> taken.test(n)
          || out.values().stream().anyMatch(x -> x.name().equals(n));
      String six = p + "6." + vrid;
      boolean sixth = t.ipv6() && t.dev().equals(row.interfaceName());
      String name = sixth && used.test(p + "." + vrid) && !used.test(six) ? six
          : name(p, vrid, used);
      out.put(t, new VmacPlan(VirtualLinkKind.MACVLAN, name, t.dev(),
          VmacPlan.virtualMac(t.ipv6(), vrid), t.ipv6(), false, null, 0));
    }
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

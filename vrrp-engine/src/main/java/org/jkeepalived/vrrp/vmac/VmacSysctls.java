package org.jkeepalived.vrrp.vmac;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.linux.sysctl.Sysctl;

/**
 * The kernel parameters keepalived 2.2.7 sets for a VMAC, as observed on a running keepalived
 * (use_vmac, IPv4 instance): on the base interface arp_ignore 1 and arp_filter 1, so the base
 * does not answer ARP for the VIPs with its own MAC; on the VMAC arp_ignore 1, accept_local 1,
 * rp_filter 0 and promote_secondaries 1, and IPv6 disabled on an IPv4 instance's VMAC. keepalived
 * leaves these as they are when it exits.
 */
public final class VmacSysctls {
  private VmacSysctls() {}

  /** One parameter to write. */
  public record Setting(String path, String value) {}

  /** What to write, in order, for {@code plan}. */
  public static List<Setting> of(VmacPlan plan) {
    List<Setting> out = new ArrayList<>();
    if (plan.kind() == VirtualLinkKind.MACVLAN && !plan.ipv6()) {
      out.add(new Setting(Sysctl.ipv4Conf(plan.baseName(), "arp_ignore"), "1"));
      out.add(new Setting(Sysctl.ipv4Conf(plan.baseName(), "arp_filter"), "1"));
    }
    out.add(new Setting(Sysctl.ipv4Conf(plan.name(), "arp_ignore"), "1"));
    out.add(new Setting(Sysctl.ipv4Conf(plan.name(), "accept_local"), "1"));
    out.add(new Setting(Sysctl.ipv4Conf(plan.name(), "rp_filter"), "0"));
    out.add(new Setting(Sysctl.ipv4Conf(plan.name(), "promote_secondaries"), "1"));
    if (!plan.ipv6()) {
      out.add(new Setting(Sysctl.ipv6Conf(plan.name(), "disable_ipv6"), "1"));
    }
    return out;
  }
}

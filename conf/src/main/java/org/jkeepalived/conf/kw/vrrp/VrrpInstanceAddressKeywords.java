package org.jkeepalived.conf.kw.vrrp;

import java.net.InetAddress;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VirtualRoute;
import org.jkeepalived.mibs.config.VirtualRule;

/** The address, route, rule and transport keywords of a vrrp_instance. */
final class VrrpInstanceAddressKeywords {
  private VrrpInstanceAddressKeywords() {}

  static void install(KeywordTable.Builder<VrrpInstanceBuilder> t) {
    t.on("virtual_ipaddress", VrrpInstanceAddressKeywords::vips)
        .on(
            "virtual_ipaddress_excluded",
            (n, b, c) -> {
              for (ConfNode line : n.children()) {
                VirtualAddress a = AddressGrammar.parse(line, c);
                if (a != null) {
                  b.excluded.add(a);
                }
              }
            })
        .on("virtual_routes", VrrpInstanceAddressKeywords::routes)
        .on(
            "virtual_rules",
            (n, b, c) -> {
              for (ConfNode line : n.children()) {
                VirtualRule r = RuleGrammar.parse(line, c, b.rulePreferences);
                if (r != null) {
                  b.rules.add(r);
                }
              }
            })
        .set("promote_secondaries", b -> b.promoteSecondaries = true)
        .on(java.util.List.of("mcast_src_ip", "unicast_src_ip"), (n, b, c) -> {
          InetAddress a = Addresses.literal(n.arg(0));
          if (a == null) {
            c.error(n, b.tag() + " VRRP parsed invalid IP " + n.arg(0) + ". skipping IP...");
          } else {
            b.sourceAddress = a;
          }
        })
        .on("mcast_dst_ip", (n, b, c) -> {
          InetAddress a = Addresses.literal(n.arg(0));
          if (a == null || !a.isMulticastAddress()) {
            c.error(n, b.tag() + " mcast_dst_ip " + n.arg(0) + " is not a multicast address");
          } else {
            b.mcastDst = a;
          }
        })
        .on("unicast_peer", VrrpInstanceTable::unicastPeers)
        .set("unicast_fault_no_peer", b -> b.unicastFaultNoPeer = true)
        .integer("unicast_ttl", 0, 255, (b, v) -> b.unicastTtl = v)
        .set("check_unicast_src", b -> b.checkUnicastSrc = true)
        .on("old_unicast_checksum", (n, b, c) -> b.oldUnicastChecksum = n.args().isEmpty() ? "" : n.arg(0))
        .string("vrf", (b, v) -> b.vrf = v)
        .on("use_vmac", VrrpInstanceTable::useVmac)
        .set("use_vmac_addr", b -> b.useVmacAddr = true)
        .set("vmac_xmit_base", b -> b.vmacXmitBase = true)
        .on("use_ipvlan", VrrpInstanceTable::useIpvlan)
        .set("native_ipv6", b -> {
          b.nativeIpv6 = true;
          b.ipv6 = true;
        })
        .on("kernel_rx_buf_size", (n, b, c) -> {
          Long v = n.arg(0) == null ? null : Values.integer(n, 0, 0, Integer.MAX_VALUE, c);
          b.kernelRxBufSize = v == null ? null : v.intValue();
        });
  }

  /**
   * VIPs: the first one fixes the instance's address family (unless native_ipv6 did); later ones
   * of the other family are refused with keepalived's message.
   */
  private static void vips(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      VirtualAddress a = AddressGrammar.parse(line, c);
      if (a == null) {
        continue;
      }
      boolean v6 = a.address().isIpv6();
      if (b.ipv6 == null) {
        b.ipv6 = v6;
      } else if (b.ipv6 != v6) {
        c.error(
            line,
            b.tag() + ": address family must match VRRP instance ["
                + IpText.format(a.address().address()) + "] - ignoring");
        continue;
      }
      b.vips.add(a);
    }
  }

  private static void routes(ConfNode n, VrrpInstanceBuilder b, ParseContext c) {
    for (ConfNode line : n.children()) {
      VirtualRoute r = RouteTracking.parse(line, c);
      if (r != null) {
        b.routes.add(r);
      }
    }
  }
}

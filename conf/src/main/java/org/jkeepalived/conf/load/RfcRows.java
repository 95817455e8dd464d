package org.jkeepalived.conf.load;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.VrrpAssocAddressRow;
import org.jkeepalived.mibs.model.VrrpRouterRow;
import org.jkeepalived.mibs.store.Index;

/**
 * Rows of the RFC 2787 and RFC 6527 views, keyed as keepalived keys them: vrrpOperTable by
 * (ifIndex, vrid) for VRRPv2 IPv4 instances with a VIP; vrrpv3OperationsTable by (ifIndex, vrid,
 * inetVersion) for every instance with a VIP (keepalived 2.2.7 answers for v2 instances there
 * too); the address tables add the address octets (no length sub-identifier, as keepalived).
 * When two instances would share an index the first one configured keeps it.
 */
final class RfcRows {
  final Map<Index, VrrpRouterRow> oper = new LinkedHashMap<>();
  final Map<Index, VrrpAssocAddressRow> assoc = new LinkedHashMap<>();
  final Map<Index, VrrpRouterRow> v3oper = new LinkedHashMap<>();
  final Map<Index, VrrpAssocAddressRow> v3assoc = new LinkedHashMap<>();

  private final HostInterfaces host;
  private final Instant daemonStart;

  RfcRows(HostInterfaces host, Instant daemonStart) {
    this.host = host;
    this.daemonStart = daemonStart;
  }

  void instance(int index, VrrpInstanceConfig i) {
    if (i.virtualAddresses().isEmpty()) {
      return;
    }
    int ifIndex = host.ifIndex(i.interfaceName());
    VrrpRouterRow row =
        new VrrpRouterRow(
            index, i, ifIndex, host.mac(i.interfaceName()),
            host.primaryAddress(i.interfaceName(), i.ipv6()), daemonStart);
    int vrid = i.virtualRouterId();
    if (i.version() == 2 && !i.ipv6()) {
      Index key = Index.of(ifIndex, vrid);
      if (oper.putIfAbsent(key, row) == null) {
        for (VirtualAddress a : i.virtualAddresses()) {
          if (a.address().address() instanceof Inet4Address) {
            assoc.put(concat(key, VrrpRows.octetSubIds(a.address().address())),
                new VrrpAssocAddressRow(index, a.address().address()));
          }
        }
      }
    }
    Index key3 = Index.of(ifIndex, vrid, i.ipv6() ? 2 : 1);
    if (v3oper.putIfAbsent(key3, row) == null) {
      for (VirtualAddress a : i.virtualAddresses()) {
        if (a.address().isIpv6() == i.ipv6()) {
          v3assoc.put(concat(key3, VrrpRows.octetSubIds(a.address().address())),
              new VrrpAssocAddressRow(index, a.address().address()));
        }
      }
    }
  }

  static Index concat(Index head, int[] tail) {
    int[] h = head.toArray();
    int[] all = new int[h.length + tail.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(tail, 0, all, h.length, tail.length);
    return Index.of(all);
  }
}

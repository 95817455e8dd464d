package org.jkeepalived.vrrp.service;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.model.VrrpAddressState;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.Origin;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.mibs.store.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the state part of the instances' vrrpAddressTable rows (virtual and excluded
 * addresses): vrrpAddressStatus set(1) while the engine has the address installed, as keepalived
 * reads its {@code ipaddr->set}, and vrrpAddressIfIndex the index of the interface it goes on (a
 * VMAC's when the instance uses one), as keepalived reads {@code ipaddr->ifp}. The loader writes
 * unset(2) and 0 as placeholders; without this they stayed so on a master holding its VIPs while
 * vrrpInstanceVipsStatus said allSet (issue 19 item 8). Static addresses (instance index 0) are
 * the routing part's.
 */
final class VipAddressStates {
  private static final Logger LOG = LoggerFactory.getLogger(VipAddressStates.class);

  private VipAddressStates() {}

  /** Commits the rows whose state changed, in one ENGINE transaction (none when none did). */
  static void publish(
      ObjectStore store, Collection<InstanceRuntime> instances, ToIntFunction<String> ifindexOf) {
    StoreSnapshot s = store.snapshot();
    var rows = s.configs(Tables.VRRP_ADDRESS);
    Transaction tx = null;
    for (InstanceRuntime r : instances) {
      int instance = r.index().get(0);
      List<InterfaceAddress> installed = r.vips().installed();
      List<InterfaceAddress> wanted = r.vips().wanted();
      Map<Index, VrrpAddressRow> own =
          rows.subMap(Index.of(instance), false, Index.of(instance + 1), false);
      for (Map.Entry<Index, VrrpAddressRow> e : own.entrySet()) {
        IpPrefix p = e.getValue().address().address();
        boolean set = installed.stream().anyMatch(a -> same(a, p));
        int ifindex = wanted.stream().filter(a -> same(a, p)).mapToInt(InterfaceAddress::ifindex)
            .findFirst().orElseGet(() -> Math.max(0, ifindexOf.applyAsInt(
                e.getValue().interfaceName() == null ? "" : e.getValue().interfaceName())));
        VrrpAddressState next =
            new VrrpAddressState(set ? AddressStatus.SET : AddressStatus.UNSET, ifindex);
        if (!s.state(Tables.VRRP_ADDRESS, e.getKey()).filter(next::equals).isPresent()) {
          tx = tx == null ? store.begin(Origin.ENGINE) : tx;
          tx.putState(Tables.VRRP_ADDRESS, e.getKey(), next);
        }
      }
    }
    if (tx != null) {
      try {
        tx.commit();
      } catch (RuntimeException e) {
        LOG.warn("publishing VRRP address status failed: {}", e.getMessage());
      }
    }
  }

  private static boolean same(InterfaceAddress a, IpPrefix p) {
    InetAddress address = a.address();
    return address.equals(p.address()) && a.prefixLength() == p.prefixLength();
  }
}

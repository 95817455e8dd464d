package org.jkeepalived.lvs.service;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.AddressStatus;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.model.VrrpAddressRow;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;

/**
 * ha_suspend: the checkers of a virtual server pause while its address is not on this machine
 * (keepalived counts the VS address among the local addresses it learns from netlink,
 * check/check_daemon.c and ha_suspend_addr_count). Here the address's presence is read from the
 * store: the VRRP engine's vrrpAddressTable rows carry each virtual address and whether it is
 * set. An address no vrrp_instance manages is taken as local (the engine has no view of the
 * other addresses), so only VRRP-managed VIPs suspend.
 */
final class HaSuspend {
  private HaSuspend() {}

  /**
   * The virtual addresses VRRP manages, each with whether it is set on this machine now (an
   * address of several instances is set when any of them has it).
   */
  static Map<InetAddress, Boolean> vrrpAddresses(StoreSnapshot snap) {
    Map<InetAddress, Boolean> out = new HashMap<>();
    for (Map.Entry<Index, VrrpAddressRow> e : snap.configs(Tables.VRRP_ADDRESS).entrySet()) {
      boolean set = snap.state(Tables.VRRP_ADDRESS, e.getKey())
          .filter(s -> s.status() == AddressStatus.SET).isPresent();
      out.merge(e.getValue().address().address().address(), set, Boolean::logicalOr);
    }
    return out;
  }

  /** Whether the checkers of {@code vs} must be paused now. */
  static boolean suspended(VirtualServerConfig vs, Map<InetAddress, Boolean> vrrpAddresses) {
    if (!vs.haSuspend() || !(vs.id() instanceof VirtualServiceId.Address a)) {
      return false;
    }
    return !vrrpAddresses.getOrDefault(a.address(), true);
  }

  /** What was last told to the checkers, so that only changes are. */
  static final class Tracker {
    private final Map<String, Boolean> told = new HashMap<>();

    /** Whether {@code suspended} is news for {@code vsKey}. */
    boolean changed(String vsKey, boolean suspended) {
      Boolean before = told.put(vsKey, suspended);
      return before == null ? suspended : before != suspended;
    }

    void forget(String vsKey) {
      told.remove(vsKey);
    }
  }
}

package org.jkeepalived.vrrp.filter;

import org.jkeepalived.linux.rtnl.InterfaceAddress;

/**
 * One instance's view of the firewall that implements no_accept mode (RFC 5798 section 6.1,
 * Accept_Mode false): while a VIP is blocked, the node neither receives packets addressed to it
 * nor sends packets from it, so the VIP is only usable for routing. keepalived 2.2.7 blocks each
 * VIP as it adds it to the interface and unblocks it as it removes it. Called on the engine loop.
 */
public interface VipFilter {
  /** A filter that blocks nothing (accept mode, or the address owner). */
  VipFilter NONE = new VipFilter() {
    @Override
    public void block(InterfaceAddress a) {}

    @Override
    public void unblock(InterfaceAddress a) {}
  };

  /** Starts dropping traffic to and from {@code a}; failures are logged, never thrown. */
  void block(InterfaceAddress a);

  /** Stops dropping traffic to and from {@code a}; unknown addresses are ignored. */
  void unblock(InterfaceAddress a);

  /** Blocks several addresses, in one firewall transaction where the firewall can. */
  default void blockAll(java.util.List<InterfaceAddress> all) {
    all.forEach(this::block);
  }

  /** Unblocks several addresses, in one firewall transaction where the firewall can. */
  default void unblockAll(java.util.List<InterfaceAddress> all) {
    all.forEach(this::unblock);
  }
}

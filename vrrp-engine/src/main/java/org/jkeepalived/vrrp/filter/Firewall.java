package org.jkeepalived.vrrp.filter;

/**
 * The engine-wide firewall port behind no_accept mode and VMAC report filtering: hands out
 * per-instance {@link VipFilter}s and the {@link VmacFilter}, and removes everything it installed
 * on {@link #close()} (keepalived deletes its nftables table
 * when it exits, SIGTERM included). Implementations: {@link NftFirewall} (the {@code nft}
 * command), {@code FakeFirewall} (tests), {@link #NONE}.
 */
public interface Firewall extends AutoCloseable {
  /** A firewall that filters nothing. */
  Firewall NONE = new Firewall() {
    @Override
    public VipFilter vipFilter(boolean linkLocalByName) {
      return VipFilter.NONE;
    }

    @Override
    public void close() {}
  };

  /**
   * The filter of one instance.
   *
   * @param linkLocalByName key IPv6 link-local VIPs by interface name rather than index
   *     (keepalived does so for instances with {@code dont_track_primary}, unless
   *     {@code nftables_ifindex} is set)
   */
  VipFilter vipFilter(boolean linkLocalByName);

  /** The filter of macvlan VMACs' own reports; {@link VmacFilter#NONE} by default. */
  default VmacFilter vmacFilter() {
    return VmacFilter.NONE;
  }

  /** Removes every rule, set and table this firewall installed. */
  @Override
  void close();
}

package org.jkeepalived.vrrp.filter;

import org.jkeepalived.mibs.config.VrrpInstanceConfig;

/**
 * Which instances drop traffic to their VIPs: those in no_accept mode (the {@code accept} switch
 * after keepalived's corrections: off under {@code vrrp_strict} unless set with VRRPv3, off with
 * {@code no_accept}), except an address owner (priority 255), which keepalived never filters.
 */
public final class AcceptMode {
  private AcceptMode() {}

  /** True when the instance's VIPs must be blocked while it holds them. */
  public static boolean dropsVipTraffic(VrrpInstanceConfig row) {
    return row.behaviour() != null && !row.behaviour().accept() && row.priority() != 255;
  }

  /** The instance's filter from {@code firewall}, or {@link VipFilter#NONE}. */
  public static VipFilter filterFor(Firewall firewall, VrrpInstanceConfig row) {
    if (!dropsVipTraffic(row)) {
      return VipFilter.NONE;
    }
    boolean byName = row.tracking() != null && row.tracking().dontTrackPrimary();
    return firewall.vipFilter(byName);
  }
}

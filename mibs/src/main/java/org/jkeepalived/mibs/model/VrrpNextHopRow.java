package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.VirtualRoute;

/** Config row of vrrpRouteNextHopTable, index (vrrpInstanceIndex, vrrpRouteIndex, hop index). */
public record VrrpNextHopRow(VirtualRoute.NextHop hop) {
  public VrrpNextHopRow {
    Objects.requireNonNull(hop);
  }
}

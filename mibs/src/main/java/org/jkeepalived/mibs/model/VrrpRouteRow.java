package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.VirtualRoute;

/**
 * Config row of vrrpRouteTable, index (vrrpInstanceIndex, vrrpRouteIndex); static routes are
 * under instance index 0 as keepalived lists them.
 */
public record VrrpRouteRow(VirtualRoute route) {
  public VrrpRouteRow {
    Objects.requireNonNull(route);
  }
}

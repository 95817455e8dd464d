package org.jkeepalived.mibs.model;

import java.util.Objects;

/**
 * What the VRRP engine observes of one virtual or static address (state part of vrrpAddressTable).
 *
 * @param status whether the address is set on its interface (vrrpAddressStatus)
 * @param ifIndex kernel index of the interface it is on, 0 while unknown (vrrpAddressIfIndex)
 */
public record VrrpAddressState(AddressStatus status, int ifIndex) {
  public VrrpAddressState {
    Objects.requireNonNull(status);
    if (ifIndex < 0) {
      throw new IllegalArgumentException("ifIndex is never negative");
    }
  }
}

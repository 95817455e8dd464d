package org.jkeepalived.mibs.model;

import java.util.Objects;
import org.jkeepalived.mibs.config.VirtualAddress;

/**
 * Config row of vrrpAddressTable, index (vrrpInstanceIndex, vrrpAddressIndex). keepalived lists
 * static addresses under instance index 0, then each instance's virtual addresses followed by its
 * excluded ones, numbered 1-based in that order.
 *
 * @param address the address as configured
 * @param interfaceName the interface it goes on (its {@code dev}, else the instance's interface)
 * @param kind which list it came from
 */
public record VrrpAddressRow(VirtualAddress address, String interfaceName, Kind kind) {
  public VrrpAddressRow {
    Objects.requireNonNull(address);
    Objects.requireNonNull(kind);
  }

  /** Where keepalived keeps the address. */
  public enum Kind {
    STATIC,
    VIRTUAL,
    EXCLUDED
  }

  /** Whether the address travels in adverts (vrrpAddressAdvertising): virtual addresses only. */
  public boolean advertised() {
    return kind == Kind.VIRTUAL;
  }
}

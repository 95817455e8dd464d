package org.jkeepalived.vrrp.packet;

import java.util.Optional;

/** The VRRP protocol version carried in the high nibble of the first octet. */
public enum VrrpVersion {
  /** RFC 3768: IPv4, whole-second intervals, an 8-octet authentication trailer. */
  V2(2),
  /** RFC 5798: IPv4 and IPv6, centisecond intervals, no authentication. */
  V3(3);

  private final int wire;

  VrrpVersion(int wire) {
    this.wire = wire;
  }

  /** The value of the version nibble. */
  public int wire() {
    return wire;
  }

  /** The version for a version nibble, empty for any value other than 2 or 3. */
  public static Optional<VrrpVersion> fromWire(int nibble) {
    for (VrrpVersion v : values()) {
      if (v.wire == nibble) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}

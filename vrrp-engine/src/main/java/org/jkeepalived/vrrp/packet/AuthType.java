package org.jkeepalived.vrrp.packet;

import java.util.Optional;

/**
 * VRRPv2 authentication types (RFC 2338 section 5.3.6, kept by keepalived in VRRPv2; RFC 3768
 * leaves only 0). VRRPv3 has no authentication field.
 */
public enum AuthType {
  /** 0: no authentication, the 8 trailer octets are zero. */
  NONE(0),
  /** 1: simple text password, the trailer holds up to 8 octets of it, zero padded. */
  PASS(1),
  /** 2: IPsec AH with HMAC-MD5-96 (RFC 2402), keepalived's {@code auth_type AH}. */
  AH(2);

  private final int wire;

  AuthType(int wire) {
    this.wire = wire;
  }

  /** The value of the Auth Type octet. */
  public int wire() {
    return wire;
  }

  /** The type for an Auth Type octet, empty for an unknown value. */
  public static Optional<AuthType> fromWire(int value) {
    for (AuthType t : values()) {
      if (t.wire == value) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

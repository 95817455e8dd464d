package org.jkeepalived.vrrp.packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The VRRPv2 authentication an instance is configured with: the type and the 8-octet key.
 * keepalived keeps only the first 8 octets of {@code auth_pass} and pads shorter ones with zeros;
 * the same 8 octets are the PASS trailer and the HMAC-MD5 key for AH.
 */
public final class VrrpAuth {
  /** Length of the VRRPv2 authentication data (RFC 2338 section 5.3.10). */
  public static final int KEY_LENGTH = 8;

  private static final VrrpAuth NONE = new VrrpAuth(AuthType.NONE, new byte[KEY_LENGTH]);

  private final AuthType type;
  private final byte[] key;

  private VrrpAuth(AuthType type, byte[] key) {
    this.type = Objects.requireNonNull(type, "type");
    this.key = key;
  }

  /** No authentication (and the right choice for VRRPv3). */
  public static VrrpAuth none() {
    return NONE;
  }

  /** {@code auth_type PASS} with {@code auth_pass password}. */
  public static VrrpAuth pass(String password) {
    return new VrrpAuth(AuthType.PASS, keyOf(password));
  }

  /** {@code auth_type AH} with {@code auth_pass password}. */
  public static VrrpAuth ah(String password) {
    return new VrrpAuth(AuthType.AH, keyOf(password));
  }

  /** The given type with an explicit 8-octet key. */
  public static VrrpAuth of(AuthType type, byte[] key) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException("key must be " + KEY_LENGTH + " octets");
    }
    return new VrrpAuth(type, key.clone());
  }

  private static byte[] keyOf(String password) {
    return Arrays.copyOf(password.getBytes(StandardCharsets.UTF_8), KEY_LENGTH);
  }

  public AuthType type() {
    return type;
  }

  /** A copy of the 8-octet key. */
  public byte[] key() {
    return key.clone();
  }

  /** The data for a VRRPv2 trailer: the key for PASS, zeros otherwise. */
  byte[] trailer() {
    return type == AuthType.PASS ? key.clone() : new byte[KEY_LENGTH];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VrrpAuth other && type == other.type && Arrays.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "VrrpAuth[" + type + "]"; // never the key
  }
}

package org.jkeepalived.linux.neigh;

import java.util.Arrays;
import java.util.HexFormat;

/** A 48-bit Ethernet address. */
public final class MacAddress {
  public static final MacAddress BROADCAST = of(new byte[] {-1, -1, -1, -1, -1, -1});
  public static final MacAddress ZERO = of(new byte[6]);

  private final byte[] bytes;

  private MacAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  public static MacAddress of(byte[] bytes) {
    if (bytes == null || bytes.length != 6) {
      throw new IllegalArgumentException("a MAC address is 6 bytes");
    }
    return new MacAddress(bytes.clone());
  }

  /** Parses {@code aa:bb:cc:dd:ee:ff}. */
  public static MacAddress parse(String text) {
    String[] parts = text.split(":");
    if (parts.length != 6) {
      throw new IllegalArgumentException("not a MAC address: " + text);
    }
    byte[] b = new byte[6];
    for (int i = 0; i < 6; i++) {
      if (parts[i].length() != 2) {
        throw new IllegalArgumentException("not a MAC address: " + text);
      }
      b[i] = (byte) HexFormat.fromHexDigits(parts[i]);
    }
    return new MacAddress(b);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MacAddress m && Arrays.equals(m.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return HexFormat.ofDelimiter(":").formatHex(bytes);
  }
}

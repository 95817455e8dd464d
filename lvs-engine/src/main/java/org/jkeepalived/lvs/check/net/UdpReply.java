package org.jkeepalived.lvs.check.net;

import java.util.HexFormat;

/**
 * UDP_CHECK's reply test (check_udp.c {@code check_udp_reply}): with a {@code require_reply}
 * pattern, the reply's length must lie in [min_length, max_length] and its first bytes (as many
 * as both have) must equal the pattern's, where an 'x' nibble of the pattern matches anything.
 * Without a pattern any reply passes.
 */
public final class UdpReply {
  private final byte[] data;
  private final byte[] mask;
  private final int minLength;
  private final int maxLength;

  /**
   * @param pattern hex digits, 'x' for a wildcard nibble (whitespace ignored); null: none
   */
  public UdpReply(String pattern, int minLength, int maxLength) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    if (pattern == null) {
      data = null;
      mask = null;
      return;
    }
    String p = pattern.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT);
    if (p.length() % 2 != 0) {
      p = p + "x";
    }
    data = new byte[p.length() / 2];
    mask = new byte[data.length];
    for (int i = 0; i < data.length; i++) {
      int hi = nibble(p.charAt(2 * i));
      int lo = nibble(p.charAt(2 * i + 1));
      data[i] = (byte) (((hi < 0 ? 0 : hi) << 4) | (lo < 0 ? 0 : lo));
      mask[i] = (byte) ((hi < 0 ? 0xf0 : 0) | (lo < 0 ? 0x0f : 0));
    }
  }

  private static int nibble(char c) {
    if (c == 'x') {
      return -1;
    }
    int d = Character.digit(c, 16);
    if (d < 0) {
      throw new IllegalArgumentException("not a hex pattern: " + c);
    }
    return d;
  }

  /**
   * The payload to send: the configured hex, or what keepalived sends without one (layer4.c
   * {@code set_buf}): 32 bytes of "keepalived check - " repeated.
   */
  public static byte[] payload(String hex) {
    if (hex != null) {
      return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }
    byte[] text = "keepalived check - ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = text[i % text.length];
    }
    return b;
  }

  public boolean matches(byte[] reply, int len) {
    if (data == null) {
      return true;
    }
    if (len < minLength || len > maxLength) {
      return false;
    }
    int n = Math.min(len, data.length);
    for (int i = 0; i < n; i++) {
      if (((reply[i] ^ data[i]) & ~mask[i] & 0xff) != 0) {
        return false;
      }
    }
    return true;
  }
}

package org.jkeepalived.lvs.check.http;

/**
 * keepalived's {@code dump_buffer} (lib/utils.c): 16 bytes a line, a 4-digit offset, each byte
 * as " xx" with " -" after the eighth, then three spaces and the printable characters.
 */
public final class HexDump {
  private HexDump() {}

  public static String of(byte[] b) {
    StringBuilder sb = new StringBuilder();
    int c = b.length % 16 == 0 ? b.length : b.length + 16 - b.length % 16;
    for (int i = 0; i < c; i++) {
      if (i % 16 == 0) {
        sb.append(String.format("%04d ", i & 0xffff));
      }
      sb.append(i < b.length ? String.format("%3s", String.format("%02x", b[i] & 0xff)) : "   ");
      if ((i + 1) % 8 == 0) {
        if ((i + 1) % 16 != 0) {
          sb.append(" -");
        } else {
          sb.append("   ");
          for (int j = i - 15; j <= i; j++) {
            if (j < b.length) {
              int v = b[j] & 0xff;
              sb.append(v >= 0x20 && v <= 0x7e ? (char) v : '.');
            } else {
              sb.append(' ');
            }
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }
}

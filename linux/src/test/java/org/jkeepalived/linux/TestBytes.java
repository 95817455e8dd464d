package org.jkeepalived.linux;

import java.util.HexFormat;

/** Hex helpers for golden-byte tests: whitespace in the text is ignored. */
public final class TestBytes {
  private TestBytes() {}

  public static byte[] hex(String text) {
    return HexFormat.of().parseHex(text.replaceAll("\\s+", ""));
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}

package org.jkeepalived.conf.lvs;

import java.util.List;

/**
 * keepalived's free-format hex strings (UDP_CHECK payload and require_reply): each word is read
 * two digits at a time and an odd last digit stands for its own byte, so "Ab12f 3" is
 * AB 12 0F 03. With wildcards, 'x' nibbles are kept as 'x'.
 */
final class HexStrings {
  private HexStrings() {}

  /** The normalised lower-case hex (two characters a byte), or null when a character is bad. */
  static String parse(List<String> words, boolean wildcards) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      int len = w.length();
      for (int i = 0; i < len; i += 2) {
        if (i + 1 >= len) {
          out.append('0');
        }
        for (int j = i; j < Math.min(i + 2, len); j++) {
          char ch = Character.toLowerCase(w.charAt(j));
          boolean hex = Character.digit(ch, 16) >= 0;
          if (!hex && !(wildcards && ch == 'x')) {
            return null;
          }
          out.append(ch);
        }
      }
    }
    return out.toString();
  }
}

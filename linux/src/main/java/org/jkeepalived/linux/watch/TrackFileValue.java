package org.jkeepalived.linux.watch;

/**
 * Reads a track_file's number as keepalived does: {@code strtol(buf, NULL, 0)} on the first 127
 * bytes, so leading blanks and a sign are allowed, {@code 0x} means hexadecimal and a leading 0
 * octal, reading stops at the first other character, and text that is not a number reads as 0.
 */
public final class TrackFileValue {
  private TrackFileValue() {}

  public static long parse(String text) {
    String s = text.length() > 127 ? text.substring(0, 127) : text;
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int radix = 10;
    if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
        && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) {
      radix = 16;
      i += 2;
    } else if (i < s.length() && s.charAt(i) == '0') {
      radix = 8;
    }
    long value = 0;
    for (; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0) {
        break;
      }
      value = value * radix + d;
      if (value > Integer.MAX_VALUE * 4L) {
        value = Integer.MAX_VALUE * 4L; // saturate: far beyond anything that changes the result
      }
    }
    return negative ? -value : value;
  }
}

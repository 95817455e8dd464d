package org.jkeepalived.conf.lex;

/**
 * Finds where keepalived 2.2.7's {@code read_line()} cuts a line at a brace so that every {@code
 * {} and {@code }} ends up on a logical line of its own: the first brace outside double quotes
 * either starts the line (then the line is the brace alone and the rest, without leading blanks,
 * is read next) or ends the text before it (the brace and what follows are read next).
 */
public final class BraceSplitter {
  private BraceSplitter() {}

  /** Index at which {@code line} is cut, or -1 when it is not cut. */
  public static int cutIndex(String line) {
    int n = line.length();
    if (n == 0) {
      return -1;
    }
    char first = line.charAt(0);
    if (first == '{' || first == '}') {
      int skip = 1;
      while (skip < n && Decommenter.isBlank(line.charAt(skip))) {
        skip++;
      }
      return skip < n ? skip : -1;
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '{' || c == '}') {
        return i;
      }
      if (c == '"') {
        int close = line.indexOf('"', i + 1);
        if (close < 0) {
          return -1;
        }
        i = close;
      }
    }
    return -1;
  }

  /** {@code s} without trailing spaces and tabs. */
  public static String stripTrailingBlanks(String s) {
    int len = s.length();
    while (len > 0 && Decommenter.isBlank(s.charAt(len - 1))) {
      len--;
    }
    return len == s.length() ? s : s.substring(0, len);
  }
}

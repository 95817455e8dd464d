package org.jkeepalived.conf.lex;

/**
 * Removes comments from one raw configuration line the way keepalived 2.2.7's {@code decomment()}
 * does: leading blanks go, {@code #} or {@code !} outside double quotes starts a comment, {@code
 * \#} and {@code \!} outside quotes stand for the literal character, trailing blanks go, and a
 * trailing backslash is kept (it marks a multi-line parameter definition). Single quotes do not
 * protect comment characters (verified against {@code keepalived -t}).
 */
public final class Decommenter {
  private Decommenter() {}

  /** The outcome: the cleaned text and whether a double quote was left open. */
  public record Result(String text, boolean unterminatedQuote, String beforeCut) {}

  /** Decomments {@code line} (which has no line terminator). */
  public static Result decomment(String line) {
    int n = line.length();
    int start = 0;
    while (start < n && isBlank(line.charAt(start))) {
      start++;
    }
    StringBuilder sb = new StringBuilder(n - start);
    boolean quote = false;
    boolean cont = false;
    int skip = -1;
    for (int i = start; i < n; i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (skip < 0) {
          quote = !quote;
        }
        sb.append(c);
      } else if (c == '\\') {
        if (i + 1 >= n) {
          cont = true;
          break;
        }
        char next = line.charAt(i + 1);
        if (!quote && (next == '#' || next == '!')) {
          sb.append(next);
        } else {
          sb.append(c).append(next);
        }
        i++;
      } else {
        if (!quote && skip < 0 && (c == '#' || c == '!')) {
          skip = sb.length();
        }
        sb.append(c);
      }
    }
    String beforeCut = quote ? sb.toString() : null;
    if (skip >= 0) {
      sb.setLength(skip);
    }
    int len = sb.length();
    while (len > 0 && isBlank(sb.charAt(len - 1))) {
      len--;
    }
    sb.setLength(len);
    if (cont) {
      sb.append('\\');
    }
    return new Result(sb.toString(), quote, beforeCut);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}

package org.jkeepalived.linux.proc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits script command lines into words the way keepalived 2.2.7 does
 * ({@code alloc_strvec_quoted_escaped} in its parser): words end at unquoted white space; single
 * and double quotes group text (the quotes are dropped, and may start or end mid-word); a
 * backslash escapes the next character, also inside quotes, with C-like escapes ({@code \n \t \r
 * \a \b \f \v \E}, octal {@code \NNN}, hex {@code \xHH...}, control {@code \cX}).
 *
 * <p>A script keyword line is split twice (verified against the keepalived 2.2.7 binary): first
 * the whole line, giving the keyword, the script text, the user and the group; then the script
 * text again, giving the command words. So {@code notify "/bin/s 'a b' x\\ty"} runs {@code /bin/s}
 * with the arguments {@code a b} and {@code x<TAB>y}.
 */
public final class CommandLine {
  private static final String WHITE_SPACE = " \t\n\r\f\u000b";

  private CommandLine() {}

  /** The words of a script keyword line: the command words and the optional user and group. */
  public record ScriptLine(String keyword, List<String> command, String user, String group) {
    public ScriptLine {
      command = List.copyOf(command);
    }
  }

  /**
   * Parses a whole configuration line such as {@code notify_master "/bin/x 'a b'" user group}.
   *
   * @throws IllegalArgumentException when a quote is unterminated, an escape is cut off, or the
   *     script is missing
   */
  public static ScriptLine parseScriptLine(String line) {
    List<String> outer = split(line);
    if (outer.size() < 2) {
      throw new IllegalArgumentException("script name missing: '" + line + "'");
    }
    List<String> command = split(outer.get(1));
    if (command.isEmpty()) {
      throw new IllegalArgumentException("script name missing: '" + line + "'");
    }
    String user = outer.size() > 2 ? outer.get(2) : null;
    String group = outer.size() > 3 ? outer.get(3) : null;
    return new ScriptLine(outer.get(0), command, user, group);
  }

  /**
   * Splits one string into words, honouring quotes and escapes.
   *
   * @throws IllegalArgumentException on an unterminated quote or a trailing backslash
   */
  public static List<String> split(String src) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (i < n) {
      while (i < n && WHITE_SPACE.indexOf(src.charAt(i)) >= 0) {
        i++;
      }
      if (i >= n) {
        break;
      }
      StringBuilder word = new StringBuilder();
      char quote = 0;
      while (i < n) {
        char c = src.charAt(i);
        if (c == '\\') {
          i = unescape(src, i + 1, word);
        } else if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
          i++;
        } else if (c == '"' || c == '\'') {
          quote = c;
          i++;
        } else if (WHITE_SPACE.indexOf(c) >= 0) {
          break;
        } else {
          word.append(c);
          i++;
        }
      }
      if (quote != 0) {
        throw new IllegalArgumentException(
            "String '" + src + "': missing terminating " + quote);
      }
      words.add(word.toString());
    }
    return words;
  }

  /** Decodes the escape starting at {@code i} (just after the backslash); returns the next index. */
  private static int unescape(String src, int i, StringBuilder out) {
    int n = src.length();
    if (i >= n) {
      throw new IllegalArgumentException("Missing escape char at end: '" + src + "'");
    }
    char c = src.charAt(i);
    if (c == 'x' && i + 1 < n && isHex(src.charAt(i + 1))) {
      // keepalived reads every following hex digit into one char, keeping the low 8 bits
      int v = 0;
      i++;
      while (i < n && isHex(src.charAt(i))) {
        v = (v << 4) | Character.digit(src.charAt(i), 16);
        i++;
      }
      out.append((char) (v & 0xff));
      return i;
    }
    if (c == 'c' && i + 1 < n) {
      out.append((char) (src.charAt(i + 1) & 0x1f));
      return i + 2;
    }
    if (c >= '0' && c <= '7') {
      int v = 0;
      int end = Math.min(n, i + 3);
      while (i < end && src.charAt(i) >= '0' && src.charAt(i) <= '7') {
        v = (v << 3) + (src.charAt(i) - '0');
        i++;
      }
      out.append((char) (v & 0xff));
      return i;
    }
    out.append(simpleEscape(c));
    return i + 1;
  }

  private static char simpleEscape(char c) {
    return switch (c) {
      case 'a' -> (char) 7;
      case 'b' -> '\b';
      case 'E' -> (char) 0x1b;
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> (char) 0x0b;
      default -> c; // \\ \" \' and any other character stand for themselves
    };
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 128;
  }

  /**
   * The command as keepalived hands it to {@code system()} (its {@code cmd_str}): every word in
   * single quotes, joined by spaces, except a first word starting with {@code <} or {@code >},
   * which stays bare so that a redirection-only "script" tests whether a file opens. Words are
   * not escaped, as in keepalived.
   */
  public static String shellString(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0) {
        sb.append(' ');
      }
      boolean bare = i == 0 && !w.isEmpty() && (w.charAt(0) == '<' || w.charAt(0) == '>');
      if (bare) {
        sb.append(w);
      } else {
        sb.append('\'').append(w).append('\'');
      }
    }
    return sb.toString();
  }
}

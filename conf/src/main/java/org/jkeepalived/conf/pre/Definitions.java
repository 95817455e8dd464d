package org.jkeepalived.conf.pre;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The {@code $NAME=value} parameters and keepalived's pre-defined ones ({@code _PWD}, {@code
 * _INSTANCE}, {@code _RANDOM [MIN [MAX]]}, {@code _HASH}, {@code _BANG}), and the substitution of
 * {@code $NAME} / {@code ${NAME}} in a line, following keepalived 2.2.7's {@code replace_param()}:
 * substitution is recursive (the replacement text is scanned again), an undefined name stays as
 * written, {@code $NAME} must be followed by a blank, {@code ,}, {@code )} or the end of the line,
 * and a multi-line parameter is only replaced at the end of a line.
 */
final class Definitions {
  /** keepalived reads lines into a 1024-byte buffer. */
  static final int MAX_LINE = 1023;

  /** Guards against definitions that refer to themselves without growing (keepalived hangs). */
  private static final int MAX_REPLACEMENTS = 10_000;

  enum Builtin { NONE, PWD, INSTANCE, RANDOM }

  static final class Def {
    String value;
    boolean multiline;
    Builtin builtin;

    Def(String value, boolean multiline, Builtin builtin) {
      this.value = value;
      this.multiline = multiline;
      this.builtin = builtin;
    }
  }

  /** What a substitution needs from the reader. */
  interface Context {
    /** The directory of the file being read, for {@code ${_PWD}}. */
    String pwd();

    /** A multi-line parameter was replaced: its lines after the first are read next. */
    void multiline(String[] lines);

    /** An informational message (keepalived logs it without counting it as an error). */
    void info(String message);

    /** An error. */
    void error(String message);
  }

  private final Map<String, Def> defs = new HashMap<>();
  private final String instance;
  private final RandomGenerator random;

  Definitions(String instance, RandomGenerator random) {
    this.instance = instance;
    this.random = random;
    defs.put("_PWD", new Def(null, false, Builtin.PWD));
    defs.put("_INSTANCE", new Def(null, false, Builtin.INSTANCE));
    defs.put("_RANDOM", new Def(null, false, Builtin.RANDOM));
    defs.put("_HASH", new Def("#", false, Builtin.NONE));
    defs.put("_BANG", new Def("!", false, Builtin.NONE));
  }

  /** Defines or redefines {@code name} (a built-in loses its special meaning). */
  Def set(String name, String value, boolean multiline) {
    Def def = defs.get(name);
    if (def == null) {
      def = new Def(value, multiline, Builtin.NONE);
      defs.put(name, def);
    } else {
      def.value = value;
      def.multiline = multiline;
      def.builtin = Builtin.NONE;
    }
    return def;
  }

  /**
   * Parses a {@code $NAME=value} line and records it; returns the definition, or null when the
   * line is not a definition. A value ending in a backslash starts a multi-line definition whose
   * first line is the text before it ({@code check_definition()}).
   */
  Def define(String line) {
    int n = line.length();
    if (n < 2 || line.charAt(0) != '$' || !isNameStart(line.charAt(1))) {
      return null;
    }
    int p = 2;
    while (p < n && line.charAt(p) != '=') {
      if (!isNameChar(line.charAt(p))) {
        return null;
      }
      p++;
    }
    if (p >= n) {
      return null;
    }
    String name = line.substring(1, p);
    p++;
    while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
      p++;
    }
    String value = line.substring(p);
    if (!value.isEmpty() && value.charAt(value.length() - 1) == '\\') {
      int len = value.length() - 1;
      while (len > 0 && (value.charAt(len - 1) == ' ' || value.charAt(len - 1) == '\t')) {
        len--;
      }
      return set(name, len == 0 ? "" : value.substring(0, len) + "\n", true);
    }
    return set(name, value, false);
  }

  boolean isEmpty() {
    return defs.isEmpty();
  }

  /**
   * Replaces parameters in {@code buf}; returns whether anything was replaced. Stops early (and
   * returns false) when the line would grow beyond keepalived's line buffer.
   */
  boolean replace(StringBuilder buf, Context ctx) {
    boolean found = false;
    int cur = 0;
    int count = 0;
    while ((cur = buf.indexOf("$", cur)) >= 0 && cur + 1 < buf.length()) {
      Ref ref = find(buf, cur + 1);
      if (ref == null) {
        cur++;
        continue;
      }
      found = true;
      String text;
      String[] rest = null;
      if (ref.def.multiline) {
        String[] lines = ref.def.value.split("\n", -1);
        text = lines[0];
        rest = lines;
      } else {
        text = value(ref, ctx);
      }
      if (buf.length() - (ref.end - cur) + text.length() > MAX_LINE) {
        ctx.info("Parameter substitution on line '" + buf + "' would exceed maximum line length");
        return false;
      }
      if (++count > MAX_REPLACEMENTS) {
        ctx.error("Parameter substitution on line '" + buf + "' does not terminate");
        return false;
      }
      buf.replace(cur, ref.end, text);
      if (rest != null) {
        ctx.multiline(rest);
      }
      if (startsWithTilde(text)) {
        break;
      }
    }
    return found;
  }

  private String value(Ref ref, Context ctx) {
    switch (ref.def.builtin) {
      case PWD:
        return ctx.pwd();
      case INSTANCE:
        return instance;
      case RANDOM:
        return randomValue(ref.params, ctx);
      default:
        return ref.def.value;
    }
  }

  private String randomValue(String params, Context ctx) {
    long min = 0;
    long max = 32767;
    if (params != null) {
      String[] parts = params.trim().split(" +");
      min = parseUnsigned(parts[0]);
      if (parts.length > 1) {
        max = parseUnsigned(parts[1]);
      }
      if (parts.length > 2) {
        ctx.info("Too many parameters or extra text for ${_RANDOM " + params + "}");
      }
    }
    long span = max - min + 1;
    long r = random.nextLong(0, 1L << 31);
    return Long.toString(span > 0 ? r % span + min : r + min);
  }

  private static long parseUnsigned(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  private static boolean startsWithTilde(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '~';
  }

  private record Ref(Def def, int end, String params) {}

  /** {@code find_definition()} for a reference starting at {@code start} (just after '$'). */
  private Ref find(CharSequence buf, int start) {
    int n = buf.length();
    int p = start;
    boolean braces = buf.charAt(p) == '{';
    if (braces) {
      p++;
    }
    if (p >= n || !isNameStart(buf.charAt(p))) {
      return null;
    }
    int q = p + 1;
    while (q < n && isNameChar(buf.charAt(q))) {
      q++;
    }
    String params = null;
    int end;
    if (braces) {
      int r = q;
      int ps = -1;
      int pe = -1;
      while (r < n && (buf.charAt(r) == ' ' || isDigit(buf.charAt(r)))) {
        if (buf.charAt(r) != ' ') {
          if (ps < 0) {
            ps = r;
          }
          pe = r;
        }
        r++;
      }
      if (ps >= 0 && pe + 1 != r) {
        return null;
      }
      if (r >= n || buf.charAt(r) != '}') {
        return null;
      }
      if (ps >= 0) {
        params = buf.subSequence(ps, pe + 1).toString();
      }
      end = r + 1;
    } else {
      if (q < n) {
        char c = buf.charAt(q);
        if (c != ' ' && c != '\t' && c != ',' && c != ')') {
          return null;
        }
      }
      end = q;
    }
    Def def = defs.get(buf.subSequence(p, q).toString());
    if (def == null || (def.multiline && end != n)) {
      return null;
    }
    if (params != null && def.builtin != Builtin.RANDOM) {
      return null;
    }
    return new Ref(def, end, params);
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

package org.jkeepalived.conf.pre;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code ~SEQ(var, start, step, end)}, {@code ~SEQx(...)} or {@code ~LST(var, v1, v2, ...)}
 * line: the rest of the line is read once per value with the variable(s) set (keepalived 2.2.7
 * {@code add_seq()} and the list form documented in keepalived.conf(5), "Sequence blocks" and
 * "List blocks").
 */
final class Repeat {
  private final String[] vars;
  private final String text;
  // a sequence
  private long next;
  private long last;
  private long step;
  private boolean hex;
  // a list, or null for a sequence
  private final List<String[]> values;
  private int index;

  private Repeat(String[] vars, String text, List<String[]> values) {
    this.vars = vars;
    this.text = text;
    this.values = values;
  }

  /** Whether every repetition has been read. */
  boolean exhausted() {
    return values == null
        ? (step > 0 && next > last) || (step < 0 && next < last)
        : index >= values.size();
  }

  /** Sets the variable(s) for the next repetition and returns the text to read. */
  String next(Definitions defs) {
    if (values == null) {
      defs.set(vars[0], hex ? Long.toHexString(next) : Long.toString(next), false);
      next += step;
    } else {
      String[] vals = values.get(index++);
      for (int i = 0; i < vars.length; i++) {
        defs.set(vars[i], i < vals.length ? vals[i] : "", false);
      }
    }
    return text;
  }

  /** Substitutes parameters in the bracketed part of a {@code ~SEQ} / {@code ~LST} line. */
  interface ParamExpander {
    /** The expanded text, or null when it used a multi-line parameter. */
    String expand(String text);
  }

  /**
   * Parses a line starting {@code ~SEQ}; returns null after reporting keepalived's messages when
   * it is invalid.
   */
  static Repeat parseSeq(String line, ParamExpander params, Consumer<String> error) {
    int n = line.length();
    int p = 4;
    boolean hex = p < n && line.charAt(p) == 'x';
    if (hex) {
      p++;
    }
    p = skipBlanks(line, p);
    if (p >= n || line.charAt(p) != '(') {
      return invalidSeq(line, error, null);
    }
    p = skipBlanks(line, p + 1);
    int var = p;
    while (p < n && " \t,)".indexOf(line.charAt(p)) < 0) {
      p++;
    }
    int varEnd = p;
    p = skipBlanks(line, p);
    if (p >= n || line.charAt(p) == ')' || varEnd == var) {
      return invalidSeq(line, error, "Invalid ~SEQ definition '" + line + "'");
    }
    p = skipBlanks(line, p + 1);
    int close = line.indexOf(')', p);
    if (close < 0) {
      return invalidSeq(line, error, "Invalid ~SEQ definition '" + line + "'");
    }
    if (close + 1 - p + 1 > 3 * 20 + 3 + 1) {
      return invalidSeq(line, error, "~SEQ parameter strings too long '" + line + "'");
    }
    String spec = params.expand(line.substring(p, close + 1));
    if (spec == null) {
      return invalidSeq(line, error, "~SEQ parameter is multiline definition '" + line + "'");
    }
    long[] nums = new long[3];
    int count = parseNumbers(spec, nums);
    if (count < 0) {
      return invalidSeq(line, error, "Invalid ~SEQ definition '" + line + "'");
    }
    long start;
    long step;
    long end;
    if (count == 1) {
      end = nums[0];
      step = end < 1 ? -1 : 1;
      start = end < 0 ? -1 : 1;
    } else if (count == 2) {
      start = nums[0];
      end = nums[1];
      step = start <= end ? 1 : -1;
    } else {
      start = nums[0];
      step = nums[1];
      end = nums[2];
      if (step == 0 || (start < end && step < 0) || (start > end && step > 0)) {
        return invalidSeq(line, error, "Invalid ~SEQ values '" + line + "'");
      }
    }
    if (hex && (start < 0 || end < 0)) {
      return invalidSeq(line, error, "~SEQx is only valid for positive numbers '" + line + "'");
    }
    Repeat r = new Repeat(new String[] {line.substring(var, varEnd)}, rest(line, close), null);
    r.next = start;
    r.step = step;
    r.last = end;
    r.hex = hex;
    return r;
  }

  /** Up to three comma-separated strtol(base 0) numbers ending at ')'; -1 when malformed. */
  private static int parseNumbers(String spec, long[] nums) {
    int p = 0;
    for (int k = 0; k < 3; k++) {
      if (k > 0) {
        p++; // the ','
      }
      long[] res = new long[2];
      strtol(spec, p, res);
      nums[k] = res[0];
      p = skipBlanks(spec, (int) res[1]);
      if (p < spec.length() && spec.charAt(p) == ')') {
        return k + 1;
      }
      if (p >= spec.length() || spec.charAt(p) != ',' || k == 2) {
        return -1;
      }
    }
    return -1;
  }

  /** C strtol with base 0: res[0] the value, res[1] the index after it (start when none). */
  static void strtol(String s, int start, long[] res) {
    int n = s.length();
    int p = start;
    while (p < n && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
    boolean neg = false;
    if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
      neg = s.charAt(p) == '-';
      p++;
    }
    int base = 10;
    if (p + 1 < n && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')
        && p + 2 < n && Character.digit(s.charAt(p + 2), 16) >= 0) {
      base = 16;
      p += 2;
    } else if (p < n && s.charAt(p) == '0') {
      base = 8;
    }
    long v = 0;
    int digits = p;
    while (p < n && Character.digit(s.charAt(p), base) >= 0) {
      v = v * base + Character.digit(s.charAt(p), base);
      p++;
    }
    if (p == digits) {
      res[0] = 0;
      res[1] = start;
      return;
    }
    res[0] = neg ? -v : v;
    res[1] = p;
  }

  /**
   * Parses a line starting {@code ~LST}: {@code ~LST(var, v1, v2)} or {@code ~LST({a, b}, {1, 2},
   * {3, 4})}. Returns null after reporting when it is invalid.
   */
  static Repeat parseList(String line, ParamExpander params, Consumer<String> error) {
    String invalid = "Invalid ~LST specification '" + line + "'";
    int p = skipBlanks(line, 4);
    int close = line.indexOf(')', p);
    if (p >= line.length() || line.charAt(p) != '(' || close < p) {
      error.accept(invalid);
      return null;
    }
    String spec = params.expand(line.substring(p + 1, close));
    if (spec == null) {
      error.accept(invalid);
      return null;
    }
    List<String[]> groups = new ArrayList<>();
    if (!splitGroups(spec, groups) || groups.size() < 2 || groups.get(0).length == 0) {
      error.accept(invalid);
      return null;
    }
    String[] vars = groups.get(0);
    for (String v : vars) {
      if (v.isEmpty()) {
        error.accept(invalid);
        return null;
      }
    }
    List<String[]> values = groups.subList(1, groups.size());
    for (String[] g : values) {
      if (g.length > vars.length) {
        error.accept("~LST specification has too many values '" + line + "'");
        error.accept(invalid);
        return null;
      }
    }
    return new Repeat(vars, rest(line, close), new ArrayList<>(values));
  }

  /** Splits {@code a, {b, c}, d} into groups; false when braces do not balance. */
  private static boolean splitGroups(String spec, List<String[]> out) {
    int n = spec.length();
    int p = 0;
    while (true) {
      p = skipBlanks(spec, p);
      if (p < n && spec.charAt(p) == '{') {
        int close = spec.indexOf('}', p);
        if (close < 0) {
          return false;
        }
        out.add(trimAll(spec.substring(p + 1, close).split(",", -1)));
        p = skipBlanks(spec, close + 1);
      } else {
        int comma = spec.indexOf(',', p);
        int end = comma < 0 ? n : comma;
        String v = spec.substring(p, end).strip();
        if (v.indexOf('{') >= 0 || v.indexOf('}') >= 0) {
          return false;
        }
        out.add(new String[] {v});
        p = end;
      }
      if (p >= n) {
        return true;
      }
      if (spec.charAt(p) != ',') {
        return false;
      }
      p++;
    }
  }

  private static String[] trimAll(String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  private static String rest(String line, int close) {
    return line.substring(skipBlanks(line, close + 1));
  }

  private static Repeat invalidSeq(String line, Consumer<String> error, String first) {
    if (first != null) {
      error.accept(first);
    }
    error.accept("Invalid ~SEQ specification '" + line + "'");
    return null;
  }

  private static int skipBlanks(String s, int p) {
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }
}

package org.jkeepalived.agent.dump;

/**
 * A minimal JSON writer producing keepalived's json_writer output: compact, "/" escaped as
 * "\/", floats printed with {@code %g} (and timestamps with {@code %f}).
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private boolean needComma;

  JsonWriter beginObject() {
    comma();
    out.append('{');
    needComma = false;
    return this;
  }

  JsonWriter endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  JsonWriter beginArray() {
    comma();
    out.append('[');
    needComma = false;
    return this;
  }

  JsonWriter endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  JsonWriter name(String name) {
    comma();
    quote(name);
    out.append(':');
    needComma = false;
    return this;
  }

  JsonWriter string(String v) {
    comma();
    quote(v);
    needComma = true;
    return this;
  }

  JsonWriter raw(String v) {
    comma();
    out.append(v);
    needComma = true;
    return this;
  }

  JsonWriter field(String name, String v) {
    return name(name).string(v);
  }

  JsonWriter field(String name, long v) {
    return name(name).raw(Long.toString(v));
  }

  JsonWriter field(String name, boolean v) {
    return name(name).raw(Boolean.toString(v));
  }

  /** A float field as C's {@code %g}. */
  JsonWriter floatField(String name, double v) {
    return name(name).raw(formatG(v));
  }

  /** A float field as C's {@code %f} (six decimals). */
  JsonWriter fixedField(String name, double v) {
    return name(name).raw(String.format(java.util.Locale.ROOT, "%f", v));
  }

  private void comma() {
    if (needComma) {
      out.append(',');
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '/' -> out.append("\\/");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** C's %g: six significant digits, trailing zeros dropped. */
  static String formatG(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
    return s;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

package org.jkeepalived.conf.dump;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jkeepalived.mibs.config.IpPrefix;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * Prints a parsed configuration for {@code -d/--dump-conf}, every value explicit (defaults
 * included), one {@code name = value} per line, nested parts indented. It walks the records
 * generically, so parts added later (the LVS records) are dumped without changes here. Names are
 * written in keepalived's snake_case; durations in seconds, addresses numerically.
 */
public final class ConfigDumper {
  private static final String INDENT = "  ";

  private ConfigDumper() {}

  /** The whole configuration as text. */
  public static String dump(KeepalivedConfig config) {
    StringBuilder out = new StringBuilder();
    section(out, "Daemon options", config.daemon());
    section(out, "Global definitions", config.global());
    section(out, "VRRP scripts", config.vrrpScripts());
    section(out, "Track files", config.trackFiles());
    section(out, "Track processes", config.trackProcesses());
    section(out, "BFD instances", config.bfdInstances());
    section(out, "VRRP sync groups", config.syncGroups());
    section(out, "VRRP instances", config.vrrpInstances());
    section(out, "GARP groups", config.garpGroups());
    section(out, "Static addresses, routes and rules", config.statics());
    section(out, "LVS", config.lvs());
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Object value) {
    out.append("------< ").append(title).append(" >------\n");
    body(out, value, 1);
  }

  private static void body(StringBuilder out, Object value, int depth) {
    if (value instanceof Record r && !isScalar(value)) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        field(out, snake(c.getName()), read(c, r), depth);
      }
    } else if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        indent(out, depth).append("(none)\n");
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        field(out, String.valueOf(e.getKey()), e.getValue(), depth);
      }
    } else if (value instanceof Collection<?> list) {
      if (list.isEmpty()) {
        indent(out, depth).append("(none)\n");
      }
      int i = 0;
      for (Object item : list) {
        field(out, "#" + i++, item, depth);
      }
    } else {
      indent(out, depth).append(scalar(value)).append('\n');
    }
  }

  private static void field(StringBuilder out, String name, Object value, int depth) {
    if (isScalar(value) || isScalarList(value)) {
      indent(out, depth).append(name).append(" = ").append(scalar(value)).append('\n');
      return;
    }
    indent(out, depth).append(name).append(":\n");
    body(out, value, depth + 1);
  }

  private static boolean isScalar(Object v) {
    return v == null
        || v instanceof CharSequence
        || v instanceof Number
        || v instanceof Boolean
        || v instanceof Enum<?>
        || v instanceof Duration
        || v instanceof InetAddress
        || v instanceof IpPrefix
        || v instanceof ScriptSpec;
  }

  private static boolean isScalarList(Object v) {
    if (!(v instanceof List<?> l)) {
      return false;
    }
    for (Object o : l) {
      if (!isScalar(o)) {
        return false;
      }
    }
    return true;
  }

  /** One value as text: null is "(none)", durations in seconds, lists in brackets. */
  static String scalar(Object v) {
    if (v == null) {
      return "(none)";
    }
    if (v instanceof CharSequence cs && cs.length() == 0) {
      return "\"\"";
    }
    if (v instanceof Duration d) {
      return String.format(Locale.ROOT, "%.6fs", d.toNanos() / 1e9).replaceAll("\\.?0+s$", "s");
    }
    if (v instanceof InetAddress a) {
      return IpText.format(a);
    }
    if (v instanceof ScriptSpec s) {
      String who = s.user() == null ? "" : " (user " + s.user() + (s.group() == null ? "" : ":" + s.group()) + ")";
      return "'" + s.commandLine() + "'" + who;
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(scalar(l.get(i)));
      }
      return b.append(']').toString();
    }
    return v.toString();
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  /** {@code virtualRouterId} becomes {@code virtual_router_id}. */
  static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static StringBuilder indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
    return out;
  }
}

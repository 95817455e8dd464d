package org.jkeepalived.lvs.check.http;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;

/**
 * genhash's command line (check_genhash.c), parsed getopt-style as keepalived does: short options
 * {@code hvSIs:V:p:u:m:P:t:} (bundled, argument attached or next), long options with {@code =} or
 * a separate argument; server, port and url are mandatory. Errors are keepalived's messages.
 */
public final class GenhashOptions {
  boolean verbose;
  boolean ssl;
  boolean sni;
  InetAddress server;
  int port;
  String url;
  String virtualhost;
  long fwmark;
  HttpProtocol protocol = HttpProtocol.HTTP_1_0;
  Duration timeout = Duration.ofDays(1); // keepalived: UINT_MAX, i.e. none

  private static final String WITH_ARG = "sVpumPt";
  private static final Map<String, Character> LONG = Map.ofEntries(
      Map.entry("help", 'h'), Map.entry("verbose", 'v'), Map.entry("use-ssl", 'S'),
      Map.entry("use-sni", 'I'), Map.entry("server", 's'), Map.entry("use-virtualhost", 'V'),
      Map.entry("port", 'p'), Map.entry("url", 'u'), Map.entry("fwmark", 'm'),
      Map.entry("protocol", 'P'), Map.entry("timeout", 't'));

  /** Thrown with keepalived's message (null: only the usage is printed). */
  public static final class Bad extends Exception {
    Bad(String message) {
      super(message, null, false, false);
    }
  }

  public static GenhashOptions parse(List<String> args) throws Bad {
    GenhashOptions o = new GenhashOptions();
    boolean server = false;
    boolean port = false;
    boolean url = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        Character c = LONG.get(name);
        if (c == null) {
          throw new Bad("Unknown option " + a);
        }
        if (WITH_ARG.indexOf(c) >= 0 && value == null) {
          if (i + 1 >= args.size()) {
            throw new Bad("Missing parameter for option --" + name);
          }
          value = args.get(++i);
        }
        char done = o.apply(c, value);
        server |= done == 's';
        port |= done == 'p';
        url |= done == 'u';
      } else if (a.startsWith("-") && a.length() > 1) {
        for (int k = 1; k < a.length(); k++) {
          char c = a.charAt(k);
          if (!LONG.containsValue(c)) {
            throw new Bad("Unknown option -" + c);
          }
          String value = null;
          if (WITH_ARG.indexOf(c) >= 0) {
            if (k + 1 < a.length()) {
              value = a.substring(k + 1);
            } else if (i + 1 < args.size()) {
              value = args.get(++i);
            } else {
              throw new Bad("Missing parameter for option -" + c);
            }
            k = a.length();
          }
          char done = o.apply(c, value);
          server |= done == 's';
          port |= done == 'p';
          url |= done == 'u';
        }
      } else {
        throw new Bad("Unexpected argument(s): " + String.join(" ", args.subList(i, args.size())));
      }
    }
    if (!server || !port || !url) {
      throw new Bad(null);
    }
    return o;
  }

  private char apply(char c, String v) throws Bad {
    switch (c) {
      case 'h' -> throw new Bad(null);
      case 'v' -> verbose = true;
      case 'S' -> ssl = true;
      case 'I' -> sni = true;
      case 's' -> server = ip(v);
      case 'V' -> virtualhost = v;
      case 'p' -> port = port(v);
      case 'u' -> url = v;
      case 'm' -> fwmark = number(v, "invalid fwmark '" + v + "'");
      case 'P' -> protocol = switch (v) {
        case "1.0" -> HttpProtocol.HTTP_1_0;
        case "1.0c", "1.0C" -> HttpProtocol.HTTP_1_0C;
        case "1.1" -> HttpProtocol.HTTP_1_1;
        default -> throw new Bad("invalid HTTP protocol version '" + v + "'");
      };
      case 't' -> timeout = Duration.ofSeconds(number(v, "invalid timeout '" + v + "'"));
      default -> throw new Bad("Unknown option -" + c);
    }
    return c;
  }

  private static InetAddress ip(String v) throws Bad {
    if (!v.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      throw new Bad("server should be an IP, not " + v);
    }
    try {
      return InetAddress.getByName(v);
    } catch (java.net.UnknownHostException e) {
      throw new Bad("server should be an IP, not " + v);
    }
  }

  private static int port(String v) throws Bad {
    try {
      int p = Integer.parseInt(v);
      if (p > 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new Bad("invalid port number '" + v + "'");
  }

  private static long number(String v, String message) throws Bad {
    String s = v.stripLeading();
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
      throw new Bad(message);
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new Bad(message);
    }
  }
}

package org.jkeepalived.agent.snmp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses the {@code udp:IP:PORT} notation of the agent's options (IPv6 as {@code udp:[IP]:PORT}). */
final class UdpAddresses {
  private UdpAddresses() {}

  static InetSocketAddress parse(String text, String what) throws SettingsException {
    String t = text.trim();
    if (t.startsWith("udp:")) {
      t = t.substring(4);
    } else if (t.startsWith("udp6:")) {
      t = t.substring(5);
    }
    String host;
    String port;
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close < 0 || close + 1 >= t.length() || t.charAt(close + 1) != ':') {
        throw bad(text, what);
      }
      host = t.substring(1, close);
      port = t.substring(close + 2);
    } else {
      int colon = t.lastIndexOf(':');
      if (colon <= 0 || t.indexOf(':') != colon) {
        throw bad(text, what);
      }
      host = t.substring(0, colon);
      port = t.substring(colon + 1);
    }
    int p;
    try {
      p = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw bad(text, what);
    }
    if (p < 1 || p > 65535) {
      throw new SettingsException(what + ": port " + p + " is out of range 1-65535 in '" + text + "'");
    }
    if (!host.matches("[0-9.]+|[0-9A-Fa-f:.]+")) {
      // Literal addresses only: a name lookup at start-up could block or change meaning.
      throw new SettingsException(what + ": '" + host + "' is not an IP address in '" + text + "'");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), p);
    } catch (UnknownHostException e) {
      throw new SettingsException(what + ": '" + host + "' is not an IP address in '" + text + "'");
    }
  }

  private static SettingsException bad(String text, String what) {
    return new SettingsException(what + ": expected udp:IP:PORT (IPv6 as udp:[IP]:PORT), got '" + text + "'");
  }
}

package org.jkeepalived.linux.sysctl;

import java.io.IOException;
import java.util.Optional;

/**
 * Port: kernel parameters under /proc/sys, named by their path below it with '/' separators
 * ({@code net/ipv4/conf/vrrp.51/arp_ignore}: an interface name keeps its dots, unlike sysctl(8)'s
 * dotted form). Real: {@link ProcSysctl}; fake: {@code FakeSysctl}.
 */
public interface Sysctl {
  /** Reads nothing (every parameter missing) and writes nothing. */
  Sysctl NONE = new Sysctl() {
    @Override
    public Optional<String> read(String path) {
      return Optional.empty();
    }

    @Override
    public void write(String path, String value) {}

    @Override
    public java.util.List<String> children(String path) {
      return java.util.List.of();
    }
  };

  /** The value (trimmed), or empty when the parameter does not exist. */
  Optional<String> read(String path) throws IOException;

  /** Writes the value; an IOException when the parameter does not exist or is refused. */
  void write(String path, String value) throws IOException;

  /** The names directly below a directory (e.g. every interface under {@code net/ipv4/conf}). */
  java.util.List<String> children(String path) throws IOException;

  /** {@code net/ipv4/conf/IFNAME/PARAM}. */
  static String ipv4Conf(String ifname, String param) {
    return "net/ipv4/conf/" + checked(ifname) + "/" + param;
  }

  /** {@code net/ipv6/conf/IFNAME/PARAM}. */
  static String ipv6Conf(String ifname, String param) {
    return "net/ipv6/conf/" + checked(ifname) + "/" + param;
  }

  private static String checked(String ifname) {
    if (ifname.isEmpty() || ifname.contains("/") || ifname.equals("..") || ifname.equals(".")) {
      throw new IllegalArgumentException("bad interface name: " + ifname);
    }
    return ifname;
  }
}

package org.jkeepalived.lvs.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;

/** keepalived's names for what a checker checks, as its log lines print them. */
public final class ServiceNames {
  private ServiceNames() {}

  /**
   * keepalived's {@code FMT_CHK} (check_data.c {@code format_rs}): the real server as {@code
   * [address]:protocol:port} with its virtual service's protocol.
   */
  public static String service(CheckSpec spec) {
    return trio(spec.address(), spec.protocol(), spec.port());
  }

  /**
   * utils.c {@code inet_sockaddrtotrio}: {@code [address]:tcp|udp|sctp:port}; a fwmark service
   * has protocol 0, printed {@code none}.
   */
  public static String trio(InetAddress address, LvsProtocol protocol, int port) {
    String proto = protocol == null ? "none" : protocol.lowerName();
    return "[" + text(address) + "]:" + proto + ":" + port;
  }

  public static String text(InetAddress a) {
    return IpText.format(a);
  }

  /** An address as a URL's or Host header's host: IPv6 in brackets (RFC 2732). */
  public static String hostPart(InetAddress a) {
    return a instanceof Inet6Address ? "[" + text(a) + "]" : text(a);
  }
}

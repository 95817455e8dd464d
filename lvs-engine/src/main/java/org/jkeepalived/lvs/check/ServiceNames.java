package org.jkeepalived.lvs.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.mibs.config.IpText;

/** keepalived's names for what a checker checks, as its log lines print them. */
public final class ServiceNames {
  private ServiceNames() {}

  /**
   * keepalived's {@code FMT_CHK} ({@code inet_sockaddrtotrio}): {@code [address]:tcp:port} of the
   * real server. The spec does not carry the service's protocol, so TCP is assumed (the usual
   * case; keepalived prints udp for a UDP service).
   */
  public static String service(CheckSpec spec) {
    return "[" + text(spec.address()) + "]:tcp:" + spec.port();
  }

  public static String text(InetAddress a) {
    return IpText.format(a);
  }

  /** An address as a URL's or Host header's host: IPv6 in brackets (RFC 2732). */
  public static String hostPart(InetAddress a) {
    return a instanceof Inet6Address ? "[" + text(a) + "]" : text(a);
  }
}

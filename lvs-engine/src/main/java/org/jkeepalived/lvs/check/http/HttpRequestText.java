package org.jkeepalived.lvs.check.http;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.jkeepalived.lvs.check.ServiceNames;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;

/**
 * The GET request keepalived sends (check_http.c {@code request_template}): the request line in
 * HTTP/1.0 or 1.1, {@code User-Agent: KeepAliveClient}, {@code Connection: close} for 1.0C and
 * 1.1, and a Host header that is the virtualhost as given, or else the target's address and port
 * (an IPv6 address in brackets, RFC 2732).
 */
public final class HttpRequestText {
  private HttpRequestText() {}

  public static String of(String path, HttpProtocol protocol, String virtualhost,
      InetSocketAddress target) {
    String host = virtualhost != null ? virtualhost
        : (target.getAddress() instanceof Inet6Address
            ? ServiceNames.hostPart(target.getAddress())
            : ServiceNames.text(target.getAddress())) + ":" + target.getPort();
    return "GET " + path + " HTTP/1." + (protocol == HttpProtocol.HTTP_1_1 ? 1 : 0) + "\r\n"
        + "User-Agent: KeepAliveClient\r\n"
        + (protocol == HttpProtocol.HTTP_1_0 ? "" : "Connection: close\r\n")
        + "Host: " + host + "\r\n\r\n";
  }

  public static byte[] bytes(String request) {
    return request.getBytes(StandardCharsets.ISO_8859_1);
  }
}

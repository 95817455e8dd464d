package org.jkeepalived.mibs.config.lvs;

import java.util.List;

/**
 * The HTTP part of HTTP_GET/SSL_GET: protocol version (default 1.0), fast recovery, the
 * effective Host header (checker, else real server, else virtual server; null: the address),
 * and the urls in order.
 */
public record HttpSpec(
    HttpProtocol protocol, boolean fastRecovery, String virtualhost, List<UrlSpec> urls) {
  public HttpSpec {
    urls = List.copyOf(urls);
  }
}

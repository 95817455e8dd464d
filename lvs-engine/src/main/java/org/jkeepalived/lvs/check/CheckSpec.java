package org.jkeepalived.lvs.check;

import java.net.InetAddress;
import java.util.Objects;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;

/**
 * One check to run, as the LVS engine hands it over: the checker's configuration (already with
 * keepalived's inheritance and corrections applied by {@code conf}) and the real server it checks.
 *
 * @param id the check
 * @param virtualServer the LVS engine's stable key of the virtual server (for {@code ha_suspend})
 * @param virtualServerName keepalived's FMT_VS of the virtual server ({@code [198.18.2.10]:tcp:80},
 *     {@code FWM 5}, {@code [group]:0}), as its log lines print it
 * @param protocol the virtual service's protocol; null for a fwmark service, which keepalived
 *     prints as {@code none}
 * @param address the real server's address (the default for {@code connect_ip})
 * @param port the real server's port (the default for {@code connect_port})
 * @param virtualhost the real or virtual server's {@code virtualhost}, or null (HTTP's default
 *     Host)
 * @param sniVirtualhost the virtual server's {@code virtualhost} alone, or null: what SSL_GET's
 *     {@code enable_sni} falls back to after the url's and the checker's (check_ssl.c ssl_connect
 *     skips the real server's, which the Host header does use)
 * @param config the checker block
 */
public record CheckSpec(
    CheckId id, String virtualServer, String virtualServerName, LvsProtocol protocol,
    InetAddress address, int port, String virtualhost, String sniVirtualhost,
    CheckerConfig config) {
  public CheckSpec {
    Objects.requireNonNull(id);
    Objects.requireNonNull(virtualServer);
    Objects.requireNonNull(virtualServerName);
    Objects.requireNonNull(address);
    Objects.requireNonNull(config);
  }
}

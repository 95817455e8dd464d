package org.jkeepalived.mibs.config.lvs;

import java.net.InetAddress;

/**
 * One address entry of a virtual_server_group: the addresses {@code first} to {@code last}
 * inclusive (equal for a single address) and the port (0 when none was given).
 */
public record VsgRange(InetAddress first, InetAddress last, int port) {
  public boolean isSingle() {
    return first.equals(last);
  }
}

package org.jkeepalived.mibs.config.lvs;

import java.net.InetAddress;

/** What a virtual_server line names: an address and port, a fwmark, or a group. */
public sealed interface VirtualServiceId {
  /** {@code virtual_server IP [PORT]}; port 0 when none was given. */
  record Address(InetAddress address, int port) implements VirtualServiceId {}

  /** {@code virtual_server fwmark N}. */
  record Fwmark(long mark) implements VirtualServiceId {}

  /** {@code virtual_server group NAME}. */
  record Group(String name) implements VirtualServiceId {}
}

package org.jkeepalived.lvs.forward.sched;

import java.net.InetAddress;
import java.util.Objects;

/**
 * The first packet of a connection as a scheduler sees it: client (source) and virtual
 * (destination) address and port.
 */
public record Flow(InetAddress client, int clientPort, InetAddress virtual, int virtualPort) {
  public Flow {
    Objects.requireNonNull(client);
    Objects.requireNonNull(virtual);
  }
}

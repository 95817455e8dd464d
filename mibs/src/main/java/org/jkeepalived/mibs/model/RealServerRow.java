package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.util.Objects;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;

/**
 * The config part of a realServerTable row, index (virtual server, real server). keepalived lists
 * a virtual server's sorry server first (realServerType sorry), then its real servers in file
 * order.
 *
 * @param sorry whether this is the sorry_server (realServerType sorry(2))
 * @param address the server's address
 * @param port the server's port (the virtual server's where keepalived sets it)
 * @param weight the configured weight, or the one a manager SET (realServerWeight); 0 for a sorry
 *     server, which has none
 * @param forwarding how IPVS forwards to it
 * @param config the real_server block; null for a sorry server
 */
public record RealServerRow(
    boolean sorry, InetAddress address, int port, int weight, Forwarding forwarding,
    RealServerConfig config) {

  public RealServerRow {
    Objects.requireNonNull(address);
    Objects.requireNonNull(forwarding);
    if (sorry != (config == null)) {
      throw new IllegalArgumentException("a sorry server has no real_server block, a real server has one");
    }
  }

  /** The row of a configured real_server, with its configured weight. */
  public static RealServerRow of(RealServerConfig rs) {
    return new RealServerRow(false, rs.address(), rs.port(), rs.weight(), rs.forwarding(), rs);
  }

  /** The row of a sorry_server. */
  public static RealServerRow sorryServer(InetAddress address, int port, Forwarding forwarding) {
    return new RealServerRow(true, address, port, 0, forwarding, null);
  }

  /** This row with another weight (an SNMP SET of realServerWeight). */
  public RealServerRow withWeight(int w) {
    return new RealServerRow(sorry, address, port, w, forwarding, config);
  }
}

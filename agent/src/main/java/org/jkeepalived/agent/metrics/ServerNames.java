package org.jkeepalived.agent.metrics;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.jkeepalived.mibs.model.RealServerRow;

/**
 * Virtual and real servers named as keepalived's logs name them: "198.18.0.1:80/TCP" (IPv6 in
 * brackets), "fwmark 5", "group NAME"; a real server "198.18.0.10:80".
 */
public final class ServerNames {
  private ServerNames() {}

  public static String virtualServer(VirtualServerConfig vs) {
    VirtualServiceId id = vs.id();
    if (id instanceof VirtualServiceId.Address a) {
      return hostPort(a.address(), a.port()) + "/" + vs.protocol();
    }
    if (id instanceof VirtualServiceId.Fwmark f) {
      return "fwmark " + f.mark();
    }
    return "group " + ((VirtualServiceId.Group) id).name();
  }

  public static String realServer(RealServerRow rs) {
    return hostPort(rs.address(), rs.port());
  }

  private static String hostPort(InetAddress address, int port) {
    String host = IpText.format(address);
    return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
  }
}

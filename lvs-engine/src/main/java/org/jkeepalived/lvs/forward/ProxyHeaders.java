package org.jkeepalived.lvs.forward;

import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import java.net.Inet4Address;
import java.net.InetSocketAddress;

/** The PROXY header that tells a real server the client's and the virtual server's addresses. */
final class ProxyHeaders {
  private ProxyHeaders() {}

  static HAProxyMessage of(ProxyProtocol version, InetSocketAddress client,
      InetSocketAddress virtual) {
    boolean v4 = client.getAddress() instanceof Inet4Address
        && virtual.getAddress() instanceof Inet4Address;
    return new HAProxyMessage(
        version == ProxyProtocol.V1 ? HAProxyProtocolVersion.V1 : HAProxyProtocolVersion.V2,
        HAProxyCommand.PROXY,
        v4 ? HAProxyProxiedProtocol.TCP4 : HAProxyProxiedProtocol.TCP6,
        client.getAddress().getHostAddress(), virtual.getAddress().getHostAddress(),
        client.getPort(), virtual.getPort());
  }
}

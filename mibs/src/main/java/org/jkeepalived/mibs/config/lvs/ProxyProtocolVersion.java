package org.jkeepalived.mibs.config.lvs;

/**
 * {@code proxy_protocol v1|v2} in a virtual_server, a jkeepalived extension: the userspace
 * forwarder tells each real server who the client is with the PROXY protocol
 * (haproxy.org/download/2.9/doc/proxy-protocol.txt); kernel IPVS has no such thing.
 */
public enum ProxyProtocolVersion {
  /** No header: the real server sees the forwarder's address (the default). */
  NONE,
  /** The human-readable header. */
  V1,
  /** The binary header. */
  V2
}

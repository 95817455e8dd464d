package org.jkeepalived.lvs.forward;

/**
 * Whether the forwarder tells a real server who the client is with the PROXY protocol
 * (haproxy.org/download/2.9/doc/proxy-protocol.txt) before the client's bytes: a jkeepalived
 * extension, TCP services only. Without it the real server sees the forwarder's address.
 */
public enum ProxyProtocol {
  NONE,
  /** The human-readable header, "PROXY TCP4 ...\r\n". */
  V1,
  /** The binary header. */
  V2
}

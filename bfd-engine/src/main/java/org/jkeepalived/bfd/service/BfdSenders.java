package org.jkeepalived.bfd.service;

import java.io.IOException;
import org.jkeepalived.linux.udp.UdpSocket;
import org.jkeepalived.linux.udp.UdpSocketConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each session's sending socket: bound to its source_ip (or any address) on the first free port
 * of 49152-65535, which it keeps for the session's life (RFC 5881 section 4), with the TTL / Hop
 * Limit keepalived's ttl / hoplimit set. A socket that cannot open now (the source address is not
 * there yet) is retried at the next packet to send.
 */
final class BfdSenders {
  private static final Logger LOG = LoggerFactory.getLogger(BfdSenders.class);
  /** RFC 5881 section 4: the source port range. */
  static final int PORT_LOW = 49152;
  static final int PORT_HIGH = 65535;

  private final UdpSocket.Factory sockets;

  BfdSenders(UdpSocket.Factory sockets) {
    this.sockets = sockets;
  }

  /** Opens the session's socket; false (logged) when it cannot be opened now. */
  boolean open(BfdSession s) {
    if (s.sender() != null) {
      return true;
    }
    try {
      s.sender(sockets.open(UdpSocketConfig.send(s.ipv6(), s.row().source(), PORT_LOW,
          PORT_HIGH, s.sendHops())));
      return true;
    } catch (IOException e) {
      LOG.warn("({}) cannot open a BFD socket from {}: {}", s.name,
          s.row().source() == null ? "any address" : s.row().source().getHostAddress(),
          e.getMessage());
      return false;
    }
  }

  /** Sends one packet to the session's neighbor; false when it could not go. */
  boolean send(BfdSession s, byte[] packet) {
    if (!open(s)) {
      return false;
    }
    try {
      s.sender().send(packet, s.row().neighbor(), s.port());
      return true;
    } catch (IOException e) {
      LOG.debug("({}) send failed: {}", s.name, e.getMessage());
      return false;
    }
  }

  void close(BfdSession s) {
    if (s.sender() != null) {
      s.sender().close();
      s.sender(null);
    }
  }
}

package org.jkeepalived.linux.udp;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

/**
 * A UDP socket that reports each datagram's received TTL / Hop Limit, which Netty cannot (STACK.md:
 * the BFD TTL check of RFC 5881 section 5 needs it). The kernel port; {@link NativeUdpSocket} is
 * the jnr-ffi implementation.
 */
public interface UdpSocket extends AutoCloseable {
  /** Sends one datagram. */
  void send(byte[] payload, InetAddress destination, int port) throws IOException;

  /** Waits up to {@code timeout} for one datagram; null when none came or after stop. */
  UdpDatagram receive(Duration timeout) throws IOException;

  /** Wakes a blocked {@link #receive}; later receives return null at once. */
  void stopReceiving();

  /** The local port the socket is bound to. */
  int localPort();

  @Override
  void close();

  /** Opens sockets: the kernel, or a fake in tests. */
  @FunctionalInterface
  interface Factory {
    UdpSocket open(UdpSocketConfig config) throws IOException;
  }
}

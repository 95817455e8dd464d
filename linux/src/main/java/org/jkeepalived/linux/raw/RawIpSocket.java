package org.jkeepalived.linux.raw;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Port: a raw IP socket for one protocol on one interface (VRRP adverts, ICMPv6 NAs). Real:
 * {@link NativeRawIpSocket}; fake: {@code FakeRawIpSocket} on a {@code FakeLan}.
 */
public interface RawIpSocket extends Closeable {
  /** Joins a multicast group on the socket's interface (224.0.0.18, ff02::12 for VRRP). */
  void joinGroup(InetAddress group) throws IOException;

  void leaveGroup(InetAddress group) throws IOException;

  /** Sends the payload; the kernel builds the IP header with the configured hop limits. */
  void send(InetAddress destination, byte[] payload) throws IOException;

  /**
   * Sends a whole IPv4 packet whose header the caller built (IP_HDRINCL): needed when something
   * after the header covers it, as the IPsec AH ICV of VRRPv2 {@code auth_type AH} does. The
   * kernel still fills in a zero identification and the header checksum. IPv4 sockets only.
   *
   * @throws UnsupportedOperationException on sockets that cannot send headers (IPv6)
   */
  default void sendIpPacket(InetAddress destination, byte[] packet) throws IOException {
    throw new UnsupportedOperationException("this socket cannot send IP headers");
  }

  /** Changes the TTL / hop limit used for unicast sends. */
  void setUnicastHops(int hops) throws IOException;

  /** Changes the TTL / hop limit used for multicast sends. */
  void setMulticastHops(int hops) throws IOException;

  /** Waits up to {@code timeout} for a datagram; null when none arrived. */
  RawDatagram receive(Duration timeout) throws IOException;

  /**
   * True when a datagram is queued in the socket, not yet received; never blocks. The default
   * (sockets that cannot tell) says false.
   */
  default boolean hasQueuedInput() {
    return false;
  }

  /**
   * Ends the socket's receiving before a {@link #close()}: a {@link #receive} blocked in another
   * thread returns now (null or an IOException) and later ones return at once, so a reader can
   * wait without a timeout and still stop promptly. The default does nothing.
   */
  default void stopReceiving() {}

  /** The socket's interface index. */
  int ifindex();

  /**
   * The descriptor, for {@code new EpollDatagramChannel(fd)} (open non-blocking for that); -1
   * when there is none (fakes).
   */
  int fd();

  @Override
  void close();
}

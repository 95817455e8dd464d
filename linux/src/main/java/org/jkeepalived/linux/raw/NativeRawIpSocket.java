package org.jkeepalived.linux.raw;

import static org.jkeepalived.linux.ffi.LinuxConstants.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.Interfaces;
import org.jkeepalived.linux.ffi.MsgReceiver;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * {@link RawIpSocket} on a kernel SOCK_RAW socket.
 *
 * <p>Checksums: the kernel computes none for protocol 112; the VRRP codec computes the VRRPv3
 * checksum itself (pseudo-header included, RFC 5798 section 5.2.8), so IPV6_CHECKSUM stays off.
 * Enabling it would make the kernel overwrite and verify offset 6 instead. ICMPv6 sockets always
 * get their checksum from the kernel (RFC 3542 section 3.1).
 *
 * <p>Open it on a thread in the wanted network namespace; after that any thread may use it.
 */
public final class NativeRawIpSocket implements RawIpSocket {
  private static final int MAX_PACKET = 65535;
  /** {@code SO_RCVBUFFORCE} from asm-generic/socket.h: SO_RCVBUF past rmem_max, CAP_NET_ADMIN. */
  static final int SO_RCVBUFFORCE = 33;
  /** {@code IP_HDRINCL} from linux/in.h (not in LinuxConstants, which this package does not own). */
  static final int IP_HDRINCL = 3;

  private final RawSocketConfig config;
  private final SocketFd fd;
  private final int ifindex;
  private final MsgReceiver receiver = new MsgReceiver(MAX_PACKET, 256);
  private volatile boolean headerIncluded;
  private volatile boolean stopped;

  private NativeRawIpSocket(RawSocketConfig config, SocketFd fd, int ifindex) {
    this.config = config;
    this.fd = fd;
    this.ifindex = ifindex;
  }

  /** Opens and configures the socket; closes it again if any option fails. */
  public static NativeRawIpSocket open(RawSocketConfig config) throws IOException {
    int ifindex = Interfaces.indexOf(config.ifname());
    SocketFd fd = SocketFd.open(config.ipv6() ? AF_INET6 : AF_INET, SOCK_RAW, config.protocol());
    try {
      fd.bindToDevice(config.ifname());
      if (config.source() != null) {
        fd.bind(SockAddr.inet(config.source(), 0, config.ipv6() ? ifindex : 0));
      }
      if (config.ipv6()) {
        configureIpv6(fd, config, ifindex);
      } else {
        configureIpv4(fd, config, ifindex);
      }
      if (config.nonBlocking()) {
        fd.setNonBlocking(true);
      }
      return new NativeRawIpSocket(config, fd, ifindex);
    } catch (IOException | RuntimeException e) {
      fd.close();
      throw e;
    }
  }

  private static void configureIpv4(SocketFd fd, RawSocketConfig c, int ifindex)
      throws ErrnoException {
    fd.setIntOption(IPPROTO_IP, IP_MULTICAST_TTL, c.multicastHops());
    fd.setIntOption(IPPROTO_IP, IP_TTL, c.unicastHops());
    // Our own adverts must not come back to us (keepalived clears it too).
    fd.setIntOption(IPPROTO_IP, IP_MULTICAST_LOOP, 0);
    fd.setOption(IPPROTO_IP, IP_MULTICAST_IF, mreqn(null, c.source(), ifindex));
  }

  private static void configureIpv6(SocketFd fd, RawSocketConfig c, int ifindex)
      throws ErrnoException {
    fd.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, c.multicastHops());
    fd.setIntOption(IPPROTO_IPV6, IPV6_UNICAST_HOPS, c.unicastHops());
    fd.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0);
    fd.setIntOption(IPPROTO_IPV6, IPV6_MULTICAST_IF, ifindex);
    // The IPv6 header is not delivered: ask for hop limit and destination as control messages.
    fd.setIntOption(IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1);
    fd.setIntOption(IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
  }

  @Override
  public void joinGroup(InetAddress group) throws IOException {
    membership(group, true);
  }

  @Override
  public void leaveGroup(InetAddress group) throws IOException {
    membership(group, false);
  }

  private void membership(InetAddress group, boolean join) throws ErrnoException {
    if (config.ipv6()) {
      byte[] mreq = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder())
          .put(group.getAddress()).putInt(ifindex).array();
      fd.setOption(IPPROTO_IPV6, join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, mreq);
    } else {
      fd.setOption(IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
          mreqn(group, null, ifindex));
    }
  }

  /** {@code struct ip_mreqn}: group, local address, interface index. */
  static byte[] mreqn(InetAddress group, InetAddress local, int ifindex) {
    ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder());
    b.put(group == null ? new byte[4] : group.getAddress());
    b.put(local == null ? new byte[4] : local.getAddress());
    return b.putInt(ifindex).array();
  }

  @Override
  public void send(InetAddress destination, byte[] payload) throws IOException {
    byte[] sa = SockAddr.inet(destination, 0, config.ipv6() ? ifindex : 0);
    fd.sendTo(payload, payload.length, sa);
  }

  /**
   * Sends a whole IPv4 packet. The first call switches the socket to IP_HDRINCL for good, so a
   * socket is used either for {@link #send} or for this, not both (keepalived, too, keeps its AH
   * sending socket apart).
   */
  @Override
  public void sendIpPacket(InetAddress destination, byte[] packet) throws IOException {
    if (config.ipv6()) {
      throw new UnsupportedOperationException("IP_HDRINCL is IPv4 only");
    }
    if (!headerIncluded) {
      synchronized (this) {
        if (!headerIncluded) {
          fd.setIntOption(IPPROTO_IP, IP_HDRINCL, 1);
          headerIncluded = true;
        }
      }
    }
    fd.sendTo(packet, packet.length, SockAddr.inet(destination, 0, 0));
  }

  /**
   * Sets the receive queue's size (the kernel doubles it for its own accounting): past
   * net.core.rmem_max when the process may (root), else up to it.
   */
  public void setReceiveBuffer(int bytes) throws IOException {
    try {
      fd.setIntOption(SOL_SOCKET, SO_RCVBUFFORCE, bytes);
    } catch (ErrnoException e) {
      fd.setIntOption(SOL_SOCKET, SO_RCVBUF, bytes);
    }
  }

  @Override
  public void setUnicastHops(int hops) throws IOException {
    fd.setIntOption(config.ipv6() ? IPPROTO_IPV6 : IPPROTO_IP,
        config.ipv6() ? IPV6_UNICAST_HOPS : IP_TTL, hops);
  }

  @Override
  public void setMulticastHops(int hops) throws IOException {
    fd.setIntOption(config.ipv6() ? IPPROTO_IPV6 : IPPROTO_IP,
        config.ipv6() ? IPV6_MULTICAST_HOPS : IP_MULTICAST_TTL, hops);
  }

  @Override
  public RawDatagram receive(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    synchronized (receiver) {
      for (;;) {
        if (stopped) {
          return null;
        }
        RawDatagram d = receiveNow();
        if (d != null) {
          return d;
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero() || !fd.awaitReadable(left)) {
          return null;
        }
      }
    }
  }

  /**
   * shutdown(2): Linux wakes every poll(2) on the socket, unconnected raw sockets included
   * (inet_shutdown's "wake up other listeners" path), and the socket then polls readable.
   */
  @Override
  public void stopReceiving() {
    stopped = true;
    fd.shutdown();
  }

  /** poll(2) with a zero timeout; not under the receive lock, which a blocked receive holds. */
  @Override
  public boolean hasQueuedInput() {
    try {
      return fd.awaitReadable(Duration.ZERO);
    } catch (ErrnoException e) {
      return false;
    }
  }

  /** One datagram if one is queued, else null; never blocks. */
  public RawDatagram receiveNow() throws IOException {
    synchronized (receiver) {
      MsgReceiver.Message m = receiver.receive(fd.fd(), MSG_DONTWAIT);
      if (m == null) {
        return null;
      }
      InetAddress source = SockAddr.decodeInet(m.sockaddr(), m.sockaddrLen());
      return config.ipv6() ? ipv6Datagram(m, source) : ipv4Datagram(m.data(), source, ifindex);
    }
  }

  /** Reads TTL and destination from the delivered IPv4 header (RFC 791 section 3.1). */
  static RawDatagram ipv4Datagram(byte[] data, InetAddress source, int ifindex) throws IOException {
    if (data.length < 20 || (data[0] >> 4 & 0xf) != 4) {
      throw new IOException("raw IPv4 datagram without an IPv4 header (" + data.length + " bytes)");
    }
    int ihl = (data[0] & 0xf) * 4;
    if (ihl < 20 || ihl > data.length) {
      throw new IOException("IPv4 header length " + ihl + " exceeds datagram " + data.length);
    }
    InetAddress dst = InetAddress.getByAddress(Arrays.copyOfRange(data, 16, 20));
    return new RawDatagram(source, dst, data[8] & 0xff, ifindex, data, ihl);
  }

  private RawDatagram ipv6Datagram(MsgReceiver.Message m, InetAddress source) {
    int[] hops = {-1};
    int[] index = {ifindex};
    InetAddress[] dst = {null};
    m.forEachControl((level, type, d) -> {
      if (level != IPPROTO_IPV6) {
        return;
      }
      ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.nativeOrder());
      if (type == IPV6_HOPLIMIT && d.length >= 4) {
        hops[0] = b.getInt(0);
      } else if (type == IPV6_PKTINFO && d.length >= 20) {
        try {
          dst[0] = InetAddress.getByAddress(Arrays.copyOfRange(d, 0, 16));
        } catch (UnknownHostException e) {
          throw new IllegalStateException(e);
        }
        index[0] = b.getInt(16);
      }
    });
    return new RawDatagram(source, dst[0], hops[0], index[0], m.data(), 0);
  }

  @Override
  public int ifindex() {
    return ifindex;
  }

  @Override
  public int fd() {
    return fd.fd();
  }

  public RawSocketConfig config() {
    return config;
  }

  @Override
  public void close() {
    fd.shutdown();
    fd.close();
  }
}

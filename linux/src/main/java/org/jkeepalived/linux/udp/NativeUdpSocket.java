package org.jkeepalived.linux.udp;

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
import org.jkeepalived.linux.ffi.MsgReceiver;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * A UDP socket through jnr-ffi that reads each datagram with recvmsg(2) and its control
 * messages: IP_TTL / IPV6_HOPLIMIT (asked for with IP_RECVTTL / IPV6_RECVHOPLIMIT) and
 * IP_PKTINFO / IPV6_PKTINFO. An IPv6 socket is v6-only: IPv4 gets its own socket.
 */
public final class NativeUdpSocket implements UdpSocket {
  /** Largest datagram kept; a BFD control packet is at most 52 bytes. */
  private static final int DATA_LEN = 2048;
  private static final int CONTROL_LEN = 256;

  private final SocketFd fd;
  private final boolean ipv6;
  private final int port;
  private final MsgReceiver receiver = new MsgReceiver(DATA_LEN, CONTROL_LEN);
  private volatile boolean stopped;

  private NativeUdpSocket(SocketFd fd, boolean ipv6, int port) {
    this.fd = fd;
    this.ipv6 = ipv6;
    this.port = port;
  }

  /** Opens, configures and binds a socket; the first free port of the range is taken. */
  public static NativeUdpSocket open(UdpSocketConfig c) throws IOException {
    SocketFd fd = SocketFd.open(c.ipv6() ? AF_INET6 : AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    try {
      if (c.ipv6()) {
        fd.setIntOption(IPPROTO_IPV6, IPV6_V6ONLY, 1);
      }
      if (c.device() != null) {
        fd.bindToDevice(c.device());
      }
      if (c.sendHops() > 0) {
        fd.setIntOption(c.ipv6() ? IPPROTO_IPV6 : IPPROTO_IP,
            c.ipv6() ? IPV6_UNICAST_HOPS : IP_TTL, c.sendHops());
      }
      if (c.receiveHops()) {
        fd.setIntOption(c.ipv6() ? IPPROTO_IPV6 : IPPROTO_IP,
            c.ipv6() ? IPV6_RECVHOPLIMIT : IP_RECVTTL, 1);
        fd.setIntOption(c.ipv6() ? IPPROTO_IPV6 : IPPROTO_IP,
            c.ipv6() ? IPV6_RECVPKTINFO : IP_PKTINFO, 1);
      }
      int bound = bind(fd, c);
      return new NativeUdpSocket(fd, c.ipv6(), bound);
    } catch (IOException | RuntimeException e) {
      fd.close();
      throw e;
    }
  }

  private static int bind(SocketFd fd, UdpSocketConfig c) throws IOException {
    InetAddress any = InetAddress.getByAddress(new byte[c.ipv6() ? 16 : 4]);
    InetAddress local = c.bindAddress() == null ? any : c.bindAddress();
    ErrnoException last = null;
    for (int p = c.portLow(); p <= c.portHigh(); p++) {
      try {
        fd.bind(SockAddr.inet(local, p, 0));
        return p;
      } catch (ErrnoException e) {
        if (e.errno() != EADDRINUSE) {
          throw e;
        }
        last = e;
      }
    }
    throw new IOException("no free UDP port in " + c.portLow() + "-" + c.portHigh() + " on "
        + local.getHostAddress(), last);
  }

  @Override
  public void send(byte[] payload, InetAddress destination, int port) throws IOException {
    fd.sendTo(payload, payload.length, SockAddr.inet(destination, port, 0));
  }

  @Override
  public UdpDatagram receive(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    synchronized (receiver) {
      for (;;) {
        if (stopped) {
          return null;
        }
        MsgReceiver.Message m = receiver.receive(fd.fd(), MSG_DONTWAIT);
        if (m != null) {
          return datagram(m);
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero() || !fd.awaitReadable(left)) {
          return null;
        }
      }
    }
  }

  private UdpDatagram datagram(MsgReceiver.Message m) throws UnknownHostException {
    InetAddress source = SockAddr.decodeInet(m.sockaddr(), m.sockaddrLen());
    int sourcePort = (m.sockaddr()[2] & 0xff) << 8 | (m.sockaddr()[3] & 0xff);
    int[] hops = {-1};
    int[] index = {0};
    byte[][] dst = {null};
    m.forEachControl((level, type, d) -> {
      ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.nativeOrder());
      if (level == IPPROTO_IP && type == IP_TTL && d.length >= 4) {
        hops[0] = b.getInt(0);
      } else if (level == IPPROTO_IPV6 && type == IPV6_HOPLIMIT && d.length >= 4) {
        hops[0] = b.getInt(0);
      } else if (level == IPPROTO_IP && type == IP_PKTINFO && d.length >= 12) {
        index[0] = b.getInt(0); // struct in_pktinfo: ifindex, spec_dst, addr (the header's)
        dst[0] = Arrays.copyOfRange(d, 8, 12);
      } else if (level == IPPROTO_IPV6 && type == IPV6_PKTINFO && d.length >= 20) {
        dst[0] = Arrays.copyOfRange(d, 0, 16); // struct in6_pktinfo: addr, ifindex
        index[0] = b.getInt(16);
      }
    });
    InetAddress destination = dst[0] == null ? null : InetAddress.getByAddress(dst[0]);
    return new UdpDatagram(m.data(), source, sourcePort, destination, hops[0], index[0]);
  }

  /** shutdown(2) wakes a poll(2) on the socket, unconnected UDP included. */
  @Override
  public void stopReceiving() {
    stopped = true;
    fd.shutdown();
  }

  @Override
  public int localPort() {
    return port;
  }

  public boolean ipv6() {
    return ipv6;
  }

  @Override
  public void close() {
    stopped = true;
    fd.shutdown();
    fd.close();
  }
}

package org.jkeepalived.linux.neigh;

import static org.jkeepalived.linux.ffi.LinuxConstants.*;

import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import jnr.ffi.byref.IntByReference;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.SockAddr;
import org.jkeepalived.linux.ffi.SocketFd;

/**
 * An AF_PACKET/SOCK_RAW socket sending and receiving whole Ethernet frames. A socket opened with
 * protocol 0 receives nothing and can send on any interface (keepalived's shared GARP socket); one
 * opened with a protocol and an interface receives that ethertype there.
 */
public final class PacketSocket implements Closeable {
  private final SocketFd fd;

  private PacketSocket(SocketFd fd) {
    this.fd = fd;
  }

  /** A send-only socket (protocol 0: the kernel delivers it no frames). */
  public static PacketSocket openSender() throws ErrnoException {
    return new PacketSocket(SocketFd.open(AF_PACKET, SOCK_RAW, 0));
  }

  /** A socket receiving frames of {@code ethProtocol} (e.g. ETH_P_ARP) on one interface. */
  public static PacketSocket openReceiver(int ethProtocol, int ifindex) throws ErrnoException {
    SocketFd fd = SocketFd.open(AF_PACKET, SOCK_RAW, Short.toUnsignedInt(htons(ethProtocol)));
    try {
      fd.bind(SockAddr.link(ethProtocol, ifindex, null));
      return new PacketSocket(fd);
    } catch (ErrnoException e) {
      fd.close();
      throw e;
    }
  }

  /** Sends a complete frame (Ethernet header included) out of {@code ifindex}. */
  public void send(int ifindex, int ethProtocol, byte[] destinationMac, byte[] frame)
      throws ErrnoException {
    fd.sendTo(frame, frame.length, SockAddr.link(ethProtocol, ifindex, destinationMac));
  }

  /** Waits up to {@code timeout} for a frame; null when none arrived. */
  public byte[] receive(Duration timeout) throws ErrnoException {
    Instant deadline = Instant.now().plus(timeout);
    byte[] buf = new byte[65536];
    for (;;) {
      byte[] from = new byte[SockAddr.SOCKADDR_LL_LEN];
      int n = fd.recvFrom(buf, MSG_DONTWAIT, from, new IntByReference(from.length));
      if (n >= 0) {
        return Arrays.copyOf(buf, n);
      }
      Duration left = Duration.between(Instant.now(), deadline);
      if (left.isNegative() || left.isZero() || !fd.awaitReadable(left)) {
        return null;
      }
    }
  }

  public int fd() {
    return fd.fd();
  }

  @Override
  public void close() {
    fd.close();
  }

  /** The socket(2) protocol argument is in network byte order (packet(7)). */
  private static short htons(int v) {
    return Short.reverseBytes((short) v);
  }
}

package org.jkeepalived.linux.raw;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory LAN joining {@link FakeRawIpSocket}s so engine tests can run several VRRP routers
 * without a kernel. A datagram sent to a multicast group reaches every other attached socket of
 * the same family and protocol that joined the group; one sent to a unicast address reaches the
 * sockets that own it. Delivery is synchronous, on the sender's thread. IPv4 receivers get a
 * 20-byte IPv4 header in front, as the kernel delivers it; the hop limit is the sender's.
 */
public final class FakeLan {
  private final List<FakeRawIpSocket> sockets = new CopyOnWriteArrayList<>();

  /**
   * Attaches a socket that owns {@code address} (its source and unicast address) on interface
   * {@code ifindex}.
   */
  public FakeRawIpSocket attach(InetAddress address, int protocol, int ifindex) {
    FakeRawIpSocket s = new FakeRawIpSocket(this, Objects.requireNonNull(address), protocol,
        ifindex);
    sockets.add(s);
    return s;
  }

  void detach(FakeRawIpSocket s) {
    sockets.remove(s);
  }

  void deliver(FakeRawIpSocket from, InetAddress destination, byte[] payload, int hops) {
    deliver(from, destination, payload, hops, false);
  }

  /** Delivers a whole IPv4 packet the sender built (IP_HDRINCL) as it is. */
  void deliverPacket(FakeRawIpSocket from, InetAddress destination, byte[] packet, int ttl) {
    deliver(from, destination, packet, ttl, true);
  }

  private void deliver(FakeRawIpSocket from, InetAddress destination, byte[] payload, int hops,
      boolean whole) {
    if (!from.connected()) {
      return;
    }
    boolean multicast = destination.isMulticastAddress();
    for (FakeRawIpSocket to : sockets) {
      if (to == from || !to.connected() || to.protocol() != from.protocol()
          || to.isIpv4() != from.isIpv4()) {
        continue;
      }
      boolean wanted = multicast ? to.hasJoined(destination) : to.address().equals(destination);
      if (wanted) {
        to.enqueue(whole
            ? new RawDatagram(from.address(), destination, hops, to.ifindex(), payload,
                (payload[0] & 0xf) * 4)
            : datagram(from, to, destination, payload, hops));
      }
    }
  }

  private static RawDatagram datagram(FakeRawIpSocket from, FakeRawIpSocket to,
      InetAddress destination, byte[] payload, int hops) {
    if (!(from.address() instanceof Inet4Address)) {
      return new RawDatagram(from.address(), destination, hops, to.ifindex(), payload, 0);
    }
    byte[] packet = ByteBuffer.allocate(20 + payload.length)
        .put(ipv4Header(from.address(), destination, from.protocol(), hops, payload.length))
        .put(payload).array();
    return new RawDatagram(from.address(), destination, hops, to.ifindex(), packet, 20);
  }

  /** RFC 791 header without options, header checksum filled in. */
  static byte[] ipv4Header(InetAddress src, InetAddress dst, int protocol, int ttl, int dataLen) {
    ByteBuffer h = ByteBuffer.allocate(20);
    h.put((byte) 0x45).put((byte) 0xc0).putShort((short) (20 + dataLen));
    h.putShort((short) 0).putShort((short) 0);
    h.put((byte) ttl).put((byte) protocol).putShort((short) 0);
    h.put(src.getAddress()).put(dst.getAddress());
    byte[] b = h.array();
    int sum = 0;
    for (int i = 0; i < 20; i += 2) {
      sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    int c = ~sum & 0xffff;
    b[10] = (byte) (c >>> 8);
    b[11] = (byte) c;
    return b;
  }
}

package org.jkeepalived.test.rig;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.jkeepalived.linux.netns.NamespaceThread;
import org.jkeepalived.linux.netns.NetNamespace;
import org.jkeepalived.linux.raw.NativeRawIpSocket;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;

/**
 * Sends hand-made VRRP messages from inside a network namespace (a third host on the segment):
 * one raw protocol-112 socket per family, bound to the interface and a source address, whose
 * TTL / hop limit is set per packet. The kernel builds the IP header; the VRRP message, its
 * checksum included, is the caller's (IPV6_CHECKSUM stays off, so a wrong IPv6 checksum goes out
 * as it is). Used by the malformed-packet differential; never by the daemon.
 */
public final class VrrpPacketGenerator implements AutoCloseable {
  /** One IP datagram to send: VRRP message {@code payload} to {@code destination}. */
  public record Packet(InetAddress destination, int hops, byte[] payload) {
    public Packet {
      payload = payload.clone();
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }
  }

  private final NamespaceThread thread;
  private final RawIpSocket v4;
  private final RawIpSocket v6;

  private VrrpPacketGenerator(NamespaceThread thread, RawIpSocket v4, RawIpSocket v6) {
    this.thread = thread;
    this.v4 = v4;
    this.v6 = v6;
  }

  /**
   * Opens the sockets in namespace {@code netns} (an {@code ip netns} name) on {@code ifname}.
   *
   * @param source4 the IPv4 source adverts carry
   * @param source6 the IPv6 source (link-local, as RFC 5798 section 5.1.2.1 wants)
   */
  public static VrrpPacketGenerator open(String netns, String ifname, InetAddress source4,
      InetAddress source6) throws IOException {
    NamespaceThread t = NetNamespace.named(netns).thread();
    try {
      RawIpSocket s4 = t.submit(() -> NativeRawIpSocket.open(
          RawSocketConfig.vrrp(false, ifname).withSource(source4))).get();
      RawIpSocket s6 = t.submit(() -> NativeRawIpSocket.open(
          RawSocketConfig.vrrp(true, ifname).withSource(source6))).get();
      return new VrrpPacketGenerator(t, s4, s6);
    } catch (InterruptedException e) {
      t.close();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted opening the generator's sockets", e);
    } catch (ExecutionException e) {
      t.close();
      throw new IOException("cannot open raw sockets in " + netns, e.getCause());
    }
  }

  /** Sends the packets in order, on the namespace's thread, and waits until they are sent. */
  public void send(List<Packet> packets) throws IOException {
    try {
      thread.submit(() -> {
        for (Packet p : packets) {
          RawIpSocket s = p.destination().getAddress().length == 16 ? v6 : v4;
          if (p.destination().isMulticastAddress()) {
            s.setMulticastHops(p.hops());
          } else {
            s.setUnicastHops(p.hops());
          }
          s.send(p.destination(), p.payload());
        }
        return null;
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("send failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public void close() {
    v4.close();
    v6.close();
    thread.close();
  }
}

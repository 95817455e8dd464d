package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.vrrp.engine.Scheduler;
import org.jkeepalived.vrrp.engine.VrrpSocket;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One raw VRRP socket (one interface, family and source address) shared by the instances that use
 * it. Received datagrams are demultiplexed by VRID (the second octet of the VRRP message) and
 * handed to the instance's receiver on the engine loop, with the IP facts the codec needs in a
 * {@link PacketContext}; datagrams for a VRID nobody registered are counted and dropped, as
 * keepalived does unless {@code log_unknown_vrids}. Sending happens on the loop.
 *
 * <p>AH-protected adverts ({@code auth_type AH}) are not carried: the socket lets the kernel build
 * the IP header, and AH needs IP_HDRINCL.
 */
public final class VrrpChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpChannel.class);
  private static final int PROTO_VRRP = 112;

  private final ChannelKey key;
  private final RawIpSocket socket;
  private final Scheduler loop;
  private final Map<Integer, BiConsumer<byte[], PacketContext>> receivers =
      new ConcurrentHashMap<>();
  private final AtomicLong unknownVrid = new AtomicLong();
  private final AtomicLong sendErrors = new AtomicLong();
  private AutoCloseable reader;

  VrrpChannel(ChannelKey key, RawIpSocket socket, Scheduler loop) {
    this.key = key;
    this.socket = socket;
    this.loop = loop;
  }

  /** Starts receiving through the provider. */
  void start(RawSocketProvider provider) {
    reader = provider.receive(socket, key.ifname() + (key.ipv6() ? "-v6" : "-v4"), this::onDatagram);
  }

  public ChannelKey key() {
    return key;
  }

  /** Joins a multicast group on the socket's interface (once per group is enough). */
  public void join(InetAddress group) throws IOException {
    socket.joinGroup(group);
  }

  /** Sets the TTL / hop limit of unicast adverts ({@code unicast_ttl}). */
  public void setUnicastHops(int hops) {
    try {
      socket.setUnicastHops(hops);
    } catch (IOException e) {
      LOG.warn("cannot set unicast TTL {} on {}: {}", hops, key.ifname(), e.getMessage());
    }
  }

  /** The socket of one VRID: its receiver gets only that VRID's packets. */
  public VrrpSocket socketFor(int vrid) {
    return new VrrpSocket() {
      @Override
      public void send(byte[] message, InetAddress destination) {
        sendNow(message, destination);
      }

      @Override
      public void onReceive(BiConsumer<byte[], PacketContext> receiver) {
        receivers.put(vrid, receiver);
      }
    };
  }

  /** Stops delivering the VRID's packets. */
  public void release(int vrid) {
    receivers.remove(vrid);
  }

  /** True when no VRID is registered. */
  public boolean unused() {
    return receivers.isEmpty();
  }

  /** Packets dropped because no instance has their VRID. */
  public long unknownVridDrops() {
    return unknownVrid.get();
  }

  public long sendErrors() {
    return sendErrors.get();
  }

  private void sendNow(byte[] message, InetAddress destination) {
    try {
      socket.send(destination, message);
    } catch (IOException e) {
      sendErrors.incrementAndGet();
      LOG.warn("VRRP send to {} on {} failed: {}", destination.getHostAddress(), key.ifname(),
          e.getMessage());
    }
  }

  /** Called on the reader's thread: classify, then hop to the loop. */
  void onDatagram(RawDatagram d) {
    byte[] payload = d.payload();
    int protocol = d.payloadOffset() >= 20 ? d.packet()[9] & 0xff : PROTO_VRRP;
    if (payload.length < 2 || d.destination() == null) {
      return;
    }
    int vrid = payload[1] & 0xff;
    BiConsumer<byte[], PacketContext> r = receivers.get(vrid);
    if (r == null) {
      unknownVrid.incrementAndGet();
      return;
    }
    PacketContext ctx = new PacketContext(d.source(), d.destination(), d.hopLimit(), protocol);
    loop.execute(() -> {
      BiConsumer<byte[], PacketContext> current = receivers.get(vrid);
      if (current != null) {
        current.accept(payload, ctx);
      }
    });
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (Exception e) {
      LOG.debug("closing VRRP reader", e);
    }
    socket.close();
  }
}

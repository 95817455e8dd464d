package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.engine.loop.LoopInbox;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.jkeepalived.vrrp.packet.AuthType;
import org.jkeepalived.vrrp.packet.AuthenticationHeader;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One raw VRRP socket (one interface, family and source address) shared by the instances that use
 * it. Received datagrams are demultiplexed by VRID (the second octet of the VRRP message) and
 * handed to the instance's receiver on the engine loop, with the IP facts the codec needs in a
 * {@link PacketContext}; datagrams for a VRID nobody registered are counted and dropped, as
 * keepalived does unless {@code log_unknown_vrids}. Sending happens on the loop.
 *
 * <p>An AH channel ({@link ChannelKey#ah()}, {@code auth_type AH}) sends whole IPv4 packets with
 * IP_HDRINCL, since the AH ICV covers the IP header, and checks the AH header of what it receives
 * (ICV, SPI, sequence number replay) before the instance sees the VRRP message inside; its
 * instances must register through {@link #socketFor(int, VrrpCodecOptions, BiConsumer)}.
 */
public final class VrrpChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpChannel.class);
  private static final int PROTO_VRRP = 112;

  private final ChannelKey key;
  private final RawIpSocket socket;
  private final RawIpSocket receiveSocket;
  private final Scheduler loop;
  private final Map<Integer, BiConsumer<byte[], PacketContext>> receivers =
      new ConcurrentHashMap<>();
  private final Map<Integer, AhEndpoint> ah = new ConcurrentHashMap<>();
  private final Map<Integer, BiConsumer<VrrpDecodeError, InetAddress>> rejected =
      new ConcurrentHashMap<>();
  private final AtomicLong unknownVrid = new AtomicLong();
  /** Hears, on the loop, of each VRID nobody registered (set by {@link VrrpChannels}). */
  private UnknownVrid unknownVridListener = (vrid, version) -> { };

  /** Hears of a packet for a VRID no instance here has. */
  @FunctionalInterface
  interface UnknownVrid {
    /**
     * @param vrid the packet's VRID
     * @param version its version nibble (RFC 2787's router counters take only version 2)
     */
    void heard(int vrid, int version);
  }
  private volatile int unicastTtl = 255;
  private final Set<InetAddress> groups = ConcurrentHashMap.newKeySet();
  private final AtomicLong held = new AtomicLong();
  private LinkReadiness readiness = LinkReadiness.ALWAYS;
  /** Known ready since the last link change; only the loop touches it. */
  private boolean ready;
  private final AtomicLong sendErrors = new AtomicLong();
  /** Datagrams the reader handed to the loop that the loop has not run yet. */
  private final AtomicLong undelivered = new AtomicLong();
  /**
   * Datagrams from the reader, in arrival order, all drained by one loop task: a master's adverts
   * for the instances of a link arrive in bursts, and a task (and a wake-up of the loop) per
   * datagram was a large part of a 500-instance backup's CPU
   * (bench/scale/measured/2026-12-07-footprint.md).
   */
  private final LoopInbox<Received> inbox;
  private AutoCloseable reader;

  /**
   * @param socket the sending socket, bound to the source address
   * @param receiveSocket the receiving socket, bound to the interface only: a raw socket bound to
   *     an address receives only datagrams addressed to it, never the multicast group's
   */
  VrrpChannel(ChannelKey key, RawIpSocket socket, RawIpSocket receiveSocket, Scheduler loop) {
    this.key = key;
    this.socket = socket;
    this.receiveSocket = receiveSocket;
    this.loop = loop;
    this.inbox = new LoopInbox<>(loop, Integer.MAX_VALUE, Integer.MAX_VALUE, this::deliver);
  }

  /** Starts receiving through the provider. */
  void start(RawSocketProvider provider) {
    reader = provider.receive(receiveSocket, key.ifname() + (key.ipv6() ? "-v6" : "-v4"),
        this::onDatagram, loop);
  }

  public ChannelKey key() {
    return key;
  }

  /** Joins a multicast group on the socket's interface (once per group is enough). */
  public void join(InetAddress group) throws IOException {
    groups.add(group);
    receiveSocket.joinGroup(group);
  }

  /** Sets what decides whether the link can carry adverts (default: always). */
  void setReadiness(LinkReadiness r) {
    readiness = r;
    ready = false;
  }

  /**
   * The link changed (went down, came back, lost or gained addresses): adverts are held again
   * until it is ready, and the groups are joined anew then, so that the kernel sends fresh
   * IGMP / MLD reports on the link that is back (reports sent while it was down are lost, and
   * snooping switches forget the membership).
   */
  public void linkChanged() {
    ready = false;
  }

  /** Leaves and joins every group again; a failure is logged, the next flap tries again. */
  void rejoin() {
    for (InetAddress g : groups) {
      try {
        receiveSocket.leaveGroup(g);
      } catch (IOException e) {
        // EADDRNOTAVAIL: the kernel dropped the membership with the link; join anyway
      }
      try {
        receiveSocket.joinGroup(g);
      } catch (IOException e) {
        LOG.warn("re-joining {} on {} failed: {}", g.getHostAddress(), key.ifname(),
            e.getMessage());
      }
    }
  }

  /**
   * Whether sending may go ahead now. On the way from not ready to ready the groups are joined
   * again first. Adverts found not ready are not queued: the next Adver_Timer sends a fresh one.
   */
  private boolean readyToSend() {
    if (!ready && readiness.ready(key.ifname(), key.ipv6())) {
      ready = true;
      rejoin();
    }
    if (!ready) {
      held.incrementAndGet();
    }
    return ready;
  }

  /** Adverts not sent because the link was not ready yet. */
  public long heldAdverts() {
    return held.get();
  }

  /** Sets the TTL / hop limit of unicast adverts ({@code unicast_ttl}). */
  public void setUnicastHops(int hops) {
    unicastTtl = hops;
    try {
      socket.setUnicastHops(hops);
    } catch (IOException e) {
      LOG.warn("cannot set unicast TTL {} on {}: {}", hops, key.ifname(), e.getMessage());
    }
  }

  /** The socket of one VRID: its receiver gets only that VRID's packets. */
  public VrrpSocket socketFor(int vrid) {
    return socketFor(vrid, VrrpCodecOptions.DEFAULT, (e, from) -> { });
  }

  /**
   * The socket of one VRID with the instance's codec options: on an AH channel they hold the AH
   * key, and {@code rejected} hears of the packets dropped by the AH checks and their source
   * (the instance counts them, keepalived's auth_failure); on other channels this is {@link
   * #socketFor(int)}.
   */
  public VrrpSocket socketFor(int vrid, VrrpCodecOptions options,
      BiConsumer<VrrpDecodeError, InetAddress> rejected) {
    if (key.ah()) {
      if (options.auth().type() != AuthType.AH) {
        throw new IllegalArgumentException("AH channel needs the instance's AH key");
      }
      ah.put(vrid, new AhEndpoint(options, ThreadLocalRandom.current().nextInt(0x10000)));
      this.rejected.put(vrid, rejected);
    }
    return new VrrpSocket() {
      @Override
      public void send(byte[] message, InetAddress destination) {
        if (!readyToSend()) {
          return;
        }
        AhEndpoint a = ah.get(vrid);
        if (a == null) {
          sendNow(message, destination);
        } else {
          int ttl = destination.isMulticastAddress() ? 255 : unicastTtl;
          sendPacket(a.wrap(message, key.source(), destination, ttl), destination);
        }
      }

      @Override
      public void onReceive(BiConsumer<byte[], PacketContext> receiver) {
        receivers.put(vrid, receiver);
      }

      /** Any VRID's datagram counts: which VRID a queued datagram has is unknown until read. */
      @Override
      public boolean receivePending() {
        return undelivered.get() > 0 || receiveSocket.hasQueuedInput();
      }
    };
  }

  /** Stops delivering the VRID's packets. */
  public void release(int vrid) {
    receivers.remove(vrid);
    ah.remove(vrid);
    rejected.remove(vrid);
  }

  /** True when no VRID is registered. */
  public boolean unused() {
    return receivers.isEmpty();
  }

  /**
   * {@code listener} hears, on the loop, the VRID and version of each packet no instance here
   * takes.
   */
  void onUnknownVrid(UnknownVrid listener) {
    unknownVridListener = listener;
  }

  /** Whether an instance registered {@code vrid} on this channel. */
  boolean serves(int vrid) {
    return receivers.containsKey(vrid);
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

  private void sendPacket(byte[] packet, InetAddress destination) {
    try {
      socket.sendIpPacket(destination, packet);
    } catch (IOException e) {
      sendErrors.incrementAndGet();
      LOG.warn("VRRP AH send to {} on {} failed: {}", destination.getHostAddress(), key.ifname(),
          e.getMessage());
    }
  }

  /**
   * Called on the reader's thread, or on the loop when it reads the socket itself: classify, then
   * hand over through the inbox (on the loop that is a queued task of the same turn, no wake-up).
   */
  void onDatagram(RawDatagram d) {
    byte[] payload = d.payload();
    int protocol = d.payloadOffset() >= 20 ? d.packet()[9] & 0xff : PROTO_VRRP;
    if (protocol == PacketContext.PROTO_AH) {
      onAhDatagram(d);
      return;
    }
    if (payload.length < 2 || d.destination() == null) {
      return;
    }
    int vrid = payload[1] & 0xff;
    BiConsumer<byte[], PacketContext> r = receivers.get(vrid);
    if (r == null) {
      unknownVrid(vrid, (payload[0] & 0xff) >>> 4);
      return;
    }
    PacketContext ctx = new PacketContext(d.source(), d.destination(), d.hopLimit(), protocol);
    undelivered.incrementAndGet();
    inbox.offer(new Received(vrid, payload, ctx));
  }

  /** On the loop: hands a queued datagram to its VRID's receiver. */
  private void deliver(Received r) {
    undelivered.decrementAndGet();
    BiConsumer<byte[], PacketContext> current = receivers.get(r.vrid());
    if (current != null) {
      current.accept(r.payload(), r.context());
    }
  }

  /** A datagram the reader classified, waiting for the loop. */
  private record Received(int vrid, byte[] payload, PacketContext context) {}

  private void unknownVrid(int vrid, int version) {
    unknownVrid.incrementAndGet();
    loop.execute(() -> unknownVridListener.heard(vrid, version));
  }

  /** An AH packet: the VRID is in the VRRP message behind the 24-octet AH header. */
  private void onAhDatagram(RawDatagram d) {
    byte[] packet = d.packet();
    int vrrpAt = d.payloadOffset() + AuthenticationHeader.LENGTH;
    if (packet.length < vrrpAt + 2 || d.destination() == null) {
      return;
    }
    int vrid = packet[vrrpAt + 1] & 0xff;
    if (!receivers.containsKey(vrid) || !ah.containsKey(vrid)) {
      unknownVrid(vrid, (packet[vrrpAt] & 0xff) >>> 4);
      return;
    }
    PacketContext ctx = new PacketContext(d.source(), d.destination(), d.hopLimit(),
        PacketContext.PROTO_AH);
    // The replay counter is instance state: check on the loop, in arrival order.
    undelivered.incrementAndGet();
    loop.execute(() -> {
      undelivered.decrementAndGet();
      AhEndpoint a = ah.get(vrid);
      BiConsumer<byte[], PacketContext> current = receivers.get(vrid);
      if (a == null || current == null) {
        return;
      }
      Optional<VrrpDecodeError> bad = a.check(packet);
      if (bad.isPresent()) {
        LOG.info("({}) IPSEC-AH : dropped packet from {}: {}", key.ifname(),
            IpText.format(d.source()), bad.get().detail());
        rejected.getOrDefault(vrid, (e, from) -> { }).accept(bad.get(), d.source());
        return;
      }
      current.accept(Arrays.copyOfRange(packet, vrrpAt, packet.length), ctx);
    });
  }

  /** The AH sequence counter of an AH instance (last sent or accepted), or -1. */
  public long ahSequence(int vrid) {
    AhEndpoint a = ah.get(vrid);
    return a == null ? -1 : a.sequence();
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
    if (receiveSocket != socket) {
      receiveSocket.close();
    }
  }
}

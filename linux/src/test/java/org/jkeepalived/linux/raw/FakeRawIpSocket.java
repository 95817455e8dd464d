package org.jkeepalived.linux.raw;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link RawIpSocket} on a {@link FakeLan}. Received datagrams queue up for {@link
 * #receive(Duration)} ({@code Duration.ZERO} never waits), or go straight to a receive listener
 * when one is set. Every send is also recorded.
 */
public final class FakeRawIpSocket implements RawIpSocket {
  /** One recorded send. */
  public record Sent(InetAddress destination, byte[] payload, int hops) {}

  private final FakeLan lan;
  private final InetAddress address;
  private final int protocol;
  private final int ifindex;
  private final Set<InetAddress> groups = new CopyOnWriteArraySet<>();
  private final BlockingQueue<RawDatagram> inbox = new LinkedBlockingQueue<>();
  private final List<Sent> sent = new ArrayList<>();
  private volatile Consumer<RawDatagram> listener;
  private volatile boolean connected = true;
  private volatile boolean closed;
  private volatile int unicastHops = 255;
  private volatile int multicastHops = 255;

  FakeRawIpSocket(FakeLan lan, InetAddress address, int protocol, int ifindex) {
    this.lan = lan;
    this.address = address;
    this.protocol = protocol;
    this.ifindex = ifindex;
  }

  @Override
  public void joinGroup(InetAddress group) throws IOException {
    checkOpen();
    requireMulticast(group);
    groups.add(group);
  }

  @Override
  public void leaveGroup(InetAddress group) throws IOException {
    checkOpen();
    groups.remove(group);
  }

  @Override
  public void send(InetAddress destination, byte[] payload) throws IOException {
    checkOpen();
    if ((destination instanceof Inet4Address) != isIpv4()) {
      throw new IOException("destination " + destination + " is not of the socket's family");
    }
    int hops = destination.isMulticastAddress() ? multicastHops : unicastHops;
    synchronized (sent) {
      sent.add(new Sent(destination, payload.clone(), hops));
    }
    lan.deliver(this, destination, payload.clone(), hops);
  }

  /**
   * Records the packet (as a {@link Sent} whose payload is the whole packet and whose hops are its
   * TTL) and delivers it unchanged, as the kernel does with IP_HDRINCL.
   */
  @Override
  public void sendIpPacket(InetAddress destination, byte[] packet) throws IOException {
    checkOpen();
    if (!isIpv4() || packet.length < 20 || (packet[0] >> 4 & 0xf) != 4) {
      throw new IOException("not an IPv4 packet for an IPv4 socket");
    }
    int ttl = packet[8] & 0xff;
    synchronized (sent) {
      sent.add(new Sent(destination, packet.clone(), ttl));
    }
    lan.deliverPacket(this, destination, packet.clone(), ttl);
  }

  @Override
  public void setUnicastHops(int hops) {
    unicastHops = hops;
  }

  @Override
  public void setMulticastHops(int hops) {
    multicastHops = hops;
  }

  @Override
  public RawDatagram receive(Duration timeout) throws IOException {
    checkOpen();
    try {
      return inbox.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Delivers received datagrams to {@code l} on the sender's thread instead of queueing. */
  public void setReceiveListener(Consumer<RawDatagram> l) {
    listener = l;
  }

  /** Plugs or unplugs the cable: a disconnected socket neither sends nor receives. */
  public void setConnected(boolean on) {
    connected = on;
  }

  public List<Sent> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  public InetAddress address() {
    return address;
  }

  public int protocol() {
    return protocol;
  }

  boolean isIpv4() {
    return address instanceof Inet4Address;
  }

  boolean connected() {
    return connected && !closed;
  }

  boolean hasJoined(InetAddress group) {
    return groups.contains(group);
  }

  void enqueue(RawDatagram d) {
    Consumer<RawDatagram> l = listener;
    if (l != null) {
      l.accept(d);
    } else {
      inbox.add(d);
    }
  }

  @Override
  public int ifindex() {
    return ifindex;
  }

  @Override
  public int fd() {
    return -1;
  }

  @Override
  public void close() {
    closed = true;
    lan.detach(this);
  }

  private void checkOpen() throws IOException {
    if (closed) {
      throw new IOException("socket closed");
    }
  }

  private static void requireMulticast(InetAddress group) throws IOException {
    if (!group.isMulticastAddress()) {
      throw new IOException(group + " is not a multicast group");
    }
  }
}

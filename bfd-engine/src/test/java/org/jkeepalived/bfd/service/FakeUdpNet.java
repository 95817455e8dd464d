package org.jkeepalived.bfd.service;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jkeepalived.linux.udp.UdpDatagram;
import org.jkeepalived.linux.udp.UdpSocket;
import org.jkeepalived.linux.udp.UdpSocketConfig;

/**
 * An in-memory UDP network for engine tests: sockets record what they send; the test moves the
 * datagrams to the engine that owns the destination address with {@link #pump}, on its own thread
 * (the listeners' receive only waits to be stopped, so no reader thread touches the fake loop).
 */
final class FakeUdpNet {
  /** One datagram on the wire. */
  record Sent(InetAddress source, int sourcePort, InetAddress destination, int port, int hops,
      byte[] payload) {}

  private final List<Sent> wire = new ArrayList<>();
  private final List<Sent> history = new ArrayList<>();
  private int nextPort = 49152;
  /** Datagrams this predicate accepts are lost (a cut link). */
  private Predicate<Sent> lost = s -> false;

  /** The socket factory of the node with address {@code local}. */
  UdpSocket.Factory node(InetAddress local) {
    return c -> new Socket(c, local);
  }

  void losing(Predicate<Sent> p) {
    lost = p;
  }

  List<Sent> history() {
    return history;
  }

  /** Hands every datagram on the wire to its destination's engine; returns how many. */
  int pump(InetAddress a, BfdEngine ea, InetAddress b, BfdEngine eb) {
    List<Sent> now = List.copyOf(wire);
    wire.clear();
    for (Sent s : now) {
      if (lost.test(s)) {
        continue;
      }
      UdpDatagram d = new UdpDatagram(s.payload(), s.source(), s.sourcePort(), s.destination(),
          s.hops(), 1);
      if (s.destination().equals(a)) {
        ea.receive(d, s.port());
      } else if (s.destination().equals(b)) {
        eb.receive(d, s.port());
      }
    }
    return now.size();
  }

  /** Loses whatever is on the wire now (the old engines' last packets after a restart). */
  void clear() {
    wire.clear();
  }

  /** Puts a datagram on the wire as if {@code source} had sent it. */
  void inject(Sent s) {
    wire.add(s);
  }

  private final class Socket implements UdpSocket {
    private final UdpSocketConfig config;
    private final InetAddress local;
    private final int port;
    private final CountDownLatch stopped = new CountDownLatch(1);

    Socket(UdpSocketConfig config, InetAddress local) {
      this.config = config;
      this.local = config.bindAddress() == null ? local : config.bindAddress();
      this.port = config.portLow() == config.portHigh() ? config.portLow() : nextPort++;
    }

    @Override
    public void send(byte[] payload, InetAddress destination, int toPort) {
      Sent s = new Sent(local, port, destination, toPort, config.sendHops(), payload.clone());
      wire.add(s);
      history.add(s);
    }

    @Override
    public UdpDatagram receive(Duration timeout) throws java.io.IOException {
      try {
        stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }

    @Override
    public void stopReceiving() {
      stopped.countDown();
    }

    @Override
    public int localPort() {
      return port;
    }

    @Override
    public void close() {
      stopped.countDown();
    }
  }
}

package org.jkeepalived.vrrp.engine;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jkeepalived.vrrp.packet.PacketContext;

/** An in-memory LAN: what one socket sends, every other attached socket receives (TTL 255). */
final class FakeNetwork {
  private final Scheduler scheduler;
  private final List<Port> ports = new ArrayList<>();
  private int sent;

  FakeNetwork(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** A socket sending from {@code address}. */
  Port attach(InetAddress address) {
    Port p = new Port(address);
    ports.add(p);
    return p;
  }

  int packetsSent() {
    return sent;
  }

  final class Port implements VrrpSocket {
    private final InetAddress address;
    private BiConsumer<byte[], PacketContext> receiver = (m, c) -> {};
    private boolean connected = true;

    private Port(InetAddress address) {
      this.address = address;
    }

    /** Pulls the cable: nothing in or out (a crashed node, seen from the LAN). */
    void disconnect() {
      connected = false;
    }

    @Override
    public void send(byte[] message, InetAddress destination) {
      if (!connected) {
        return;
      }
      sent++;
      for (Port p : ports) {
        if (p != this && p.connected) {
          byte[] copy = message.clone();
          PacketContext ctx = new PacketContext(address, destination, 255, 112);
          scheduler.execute(() -> p.receiver.accept(copy, ctx));
        }
      }
    }

    @Override
    public void onReceive(BiConsumer<byte[], PacketContext> r) {
      this.receiver = r;
    }
  }
}

package org.jkeepalived.vrrp.instance;

import org.jkeepalived.engine.loop.Scheduler;
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
    /** Non-null while the port holds arriving packets back (its process paused). */
    private List<Runnable> held;

    private Port(InetAddress address) {
      this.address = address;
    }

    /** Pulls the cable: nothing in or out (a crashed node, seen from the LAN). */
    void disconnect() {
      connected = false;
    }

    /**
     * From now on packets to this port wait in it, undelivered, as in the socket of a paused
     * process; {@link #receivePending()} says so.
     */
    void hold() {
      held = new ArrayList<>();
    }

    /** Hands the held packets to the receiver through the scheduler, in arrival order. */
    void release() {
      List<Runnable> h = held;
      held = null;
      h.forEach(scheduler::execute);
    }

    private void deliver(Runnable r) {
      if (held != null) {
        held.add(r);
      } else {
        scheduler.execute(r);
      }
    }

    @Override
    public boolean receivePending() {
      return held != null && !held.isEmpty();
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
          p.deliver(() -> p.receiver.accept(copy, ctx));
        }
      }
    }

    @Override
    public void onReceive(BiConsumer<byte[], PacketContext> r) {
      this.receiver = r;
    }
  }
}

package org.jkeepalived.vrrp.instance;

import java.net.InetAddress;
import java.util.function.BiConsumer;
import org.jkeepalived.vrrp.packet.PacketContext;

/**
 * The port to a VRRP socket (raw IP protocol 112 bound to an interface), implemented over the
 * kernel by the I/O adapter and in memory by tests. It carries VRRP messages: the adapter adds and
 * strips IP headers and reports what the VRRP codec needs in a {@link PacketContext}.
 */
public interface VrrpSocket {
  /** Sends a VRRP message to the multicast group or a unicast peer. */
  void send(byte[] vrrpMessage, InetAddress destination);

  /** Sets the receiver; the adapter calls it on the engine's event loop. */
  void onReceive(BiConsumer<byte[], PacketContext> receiver);

  /**
   * True while datagrams have reached the socket but not yet the receiver: queued in the kernel,
   * or read and waiting for the event loop. The engine asks before it declares a master down, so
   * that adverts which arrived during a pause of its own process (GC, scheduling) count. The
   * default (adapters that deliver at once) says false.
   */
  default boolean receivePending() {
    return false;
  }
}

package org.jkeepalived.bfd.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jkeepalived.engine.io.ReaderThread;
import org.jkeepalived.linux.udp.UdpDatagram;
import org.jkeepalived.linux.udp.UdpSocket;
import org.jkeepalived.linux.udp.UdpSocketConfig;

/**
 * The engine's receiving sockets: one per address family and control port (3784 single hop,
 * 4784 multihop), on every address, each read by a {@link ReaderThread} that only hands the
 * datagram on (its sink hops to the loop). Opened as sessions need them, all closed together.
 */
public final class BfdListeners implements AutoCloseable {
  private record Key(boolean ipv6, int port) {}

  private record Listener(UdpSocket socket, ReaderThread<UdpDatagram> reader) {}

  private final UdpSocket.Factory sockets;
  private final BiConsumer<UdpDatagram, Integer> sink;
  private final Runnable threadSetup;
  private final Map<Key, Listener> open = new HashMap<>();

  /**
   * @param sink gets each datagram and the port it came to, on the reader's thread
   */
  public BfdListeners(UdpSocket.Factory sockets, BiConsumer<UdpDatagram, Integer> sink) {
    this(sockets, sink, () -> { });
  }

  /**
   * @param threadSetup runs first on each reader's thread (bfd_priority, bfd_rt_priority)
   */
  public BfdListeners(UdpSocket.Factory sockets, BiConsumer<UdpDatagram, Integer> sink,
      Runnable threadSetup) {
    this.sockets = Objects.requireNonNull(sockets);
    this.sink = Objects.requireNonNull(sink);
    this.threadSetup = Objects.requireNonNull(threadSetup);
  }

  /** Opens the socket of this family and port unless it is open. */
  public void ensure(boolean ipv6, int port) throws IOException {
    Key k = new Key(ipv6, port);
    if (open.containsKey(k)) {
      return;
    }
    UdpSocket s = sockets.open(UdpSocketConfig.listen(ipv6, port));
    ReaderThread<UdpDatagram> r = ReaderThread.start(
        "bfd-rx-" + (ipv6 ? "v6-" : "v4-") + port, threadSetup, s::receive, s::stopReceiving,
        d -> sink.accept(d, port));
    open.put(k, new Listener(s, r));
  }

  /** Whether a socket of this family and port is open. */
  public boolean isOpen(boolean ipv6, int port) {
    return open.containsKey(new Key(ipv6, port));
  }

  @Override
  public void close() {
    open.values().forEach(l -> {
      l.reader().close();
      l.socket().close();
    });
    open.clear();
  }
}

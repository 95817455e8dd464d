package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.util.function.Consumer;
import org.jkeepalived.engine.io.ReaderThread;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;

/**
 * Opens the raw VRRP sockets and runs their receive side. Real: {@link NativeSocketProvider}
 * (kernel sockets, one reader thread each); tests give one over a {@code FakeLan}.
 */
public interface RawSocketProvider {
  /** Opens a socket as configured (protocol 112, interface, source, hop limits 255). */
  RawIpSocket open(RawSocketConfig config) throws IOException;

  /**
   * Opens the receiving socket of a channel whose sending socket is {@code sender}: by default a
   * second socket bound to the interface only (keepalived also keeps send and receive sockets
   * apart). Fakes whose one socket sees everything may return {@code sender}.
   */
  default RawIpSocket openReceiver(RawSocketConfig config, RawIpSocket sender) throws IOException {
    return open(config);
  }

  /**
   * Starts handing every datagram the socket receives to {@code sink} (on any thread) until the
   * returned handle is closed. The default runs a {@link ReaderThread} that first runs {@link
   * #threadSetup()}.
   */
  default AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
    return ReaderThread.start("vrrp-rx-" + name, threadSetup(), socket::receive,
        socket::stopReceiving, sink);
  }

  /**
   * As {@link #receive(RawIpSocket, String, Consumer)}, for a channel whose engine runs on {@code
   * loop}: a provider whose sockets the loop can watch ({@link NativeSocketProvider} on a {@link
   * org.jkeepalived.engine.loop.PollLoop}) reads them on the loop's thread instead, and {@code
   * sink} then runs there. The default starts the reader.
   */
  default AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink,
      Scheduler loop) {
    return receive(socket, name, sink);
  }

  /** What each reader thread runs first (the kernel's: vrrp_rt_priority, vrrp_priority). */
  default Runnable threadSetup() {
    return () -> { };
  }
}

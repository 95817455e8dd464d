package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.util.function.Consumer;
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
   * Starts handing every datagram the socket receives to {@code sink} (on any thread) until the
   * returned handle is closed. The default runs a {@link ReaderThread}.
   */
  default AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
    return ReaderThread.start(socket, name, sink);
  }
}

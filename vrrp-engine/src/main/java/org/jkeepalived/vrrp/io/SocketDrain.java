package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.util.function.Consumer;
import org.jkeepalived.linux.raw.NativeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the loop, when a watched raw socket is readable: reads what is queued, without blocking, and
 * hands each datagram to the sink. At most {@link #BURST} per turn, so that one busy link cannot
 * hold the loop's timers and other sockets back (poll(2) is level-triggered: the rest is read on
 * the next turn).
 */
record SocketDrain(String name, NativeRawIpSocket socket, Consumer<RawDatagram> sink)
    implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(SocketDrain.class);
  /** A master's adverts for the 100 instances of a link come in bursts of about that size. */
  static final int BURST = 128;

  @Override
  public void run() {
    for (int i = 0; i < BURST; i++) {
      RawDatagram d;
      try {
        d = socket.receiveNow();
      } catch (IOException e) {
        // a malformed datagram (consumed) or a socket error (reported once): the next one is
        // read on this or the next turn, as the reader thread went on after a failure
        LOG.warn("receive failed on {}: {}", name, e.getMessage());
        return;
      }
      if (d == null) {
        return;
      }
      sink.accept(d);
    }
  }
}

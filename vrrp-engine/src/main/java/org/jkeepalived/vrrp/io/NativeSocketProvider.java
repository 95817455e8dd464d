package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.jkeepalived.engine.loop.DescriptorWatcher;
import org.jkeepalived.engine.loop.Scheduler;
import org.jkeepalived.linux.raw.NativeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kernel raw sockets, opened in the namespace of the calling thread. Receiving happens on the
 * engine's loop when it watches descriptors ({@link DescriptorWatcher}, the agent's {@code
 * PollLoop}: no thread and no hand-over per datagram, as keepalived reads its sockets on its one
 * loop), else on a dedicated {@link org.jkeepalived.engine.io.ReaderThread} per socket. Not
 * Netty's epoll loop: the reader needs the IPv4 header and the IPv6 hop limit control message
 * for the TTL 255 check, which EpollDatagramChannel does not report.
 */
public final class NativeSocketProvider implements RawSocketProvider {
  private static final Logger LOG = LoggerFactory.getLogger(NativeSocketProvider.class);
  /**
   * Receive queue of a socket the loop reads: the default (rmem_default, 208 kB here) holds
   * about 270 adverts, a quarter of a second of a link with 100 instances at advert_int 0.1; a
   * loop that the host does not run for longer would lose adverts and take over from a live
   * master. With a reader per socket the queue was the reader's, drained into the loop's inbox.
   * 1 MB (2 MB as the kernel counts it) holds seconds of it; the memory is only used while the
   * loop is behind. keepalived's vrrp_rx_bufs_policy sizes the same queue.
   */
  static final int LOOP_RECEIVE_BUFFER = 1 << 20;

  private final Runnable threadSetup;

  public NativeSocketProvider() {
    this(() -> { });
  }

  /** @param threadSetup runs first on each reader's thread (vrrp_rt_priority, vrrp_priority) */
  public NativeSocketProvider(Runnable threadSetup) {
    this.threadSetup = Objects.requireNonNull(threadSetup);
  }

  @Override
  public RawIpSocket open(RawSocketConfig config) throws IOException {
    return NativeRawIpSocket.open(config);
  }

  @Override
  public AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink,
      Scheduler loop) {
    if (loop instanceof DescriptorWatcher watcher && socket instanceof NativeRawIpSocket s) {
      try {
        s.setReceiveBuffer(LOOP_RECEIVE_BUFFER);
      } catch (IOException e) {
        LOG.warn("{}: cannot enlarge the receive queue: {}", name, e.getMessage());
      }
      return watcher.watch(s.fd(), new SocketDrain(name, s, sink));
    }
    return receive(socket, name, sink);
  }

  @Override
  public Runnable threadSetup() {
    return threadSetup;
  }
}

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

/**
 * Kernel raw sockets, opened in the namespace of the calling thread. Receiving happens on the
 * engine's loop when it watches descriptors ({@link DescriptorWatcher}, the agent's {@code
 * PollLoop}: no thread and no hand-over per datagram, as keepalived reads its sockets on its one
 * loop), else on a dedicated {@link org.jkeepalived.engine.io.ReaderThread} per socket. Not
 * Netty's epoll loop: the reader needs the IPv4 header and the IPv6 hop limit control message
 * for the TTL 255 check, which EpollDatagramChannel does not report.
 */
public final class NativeSocketProvider implements RawSocketProvider {
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
      return watcher.watch(s.fd(), new SocketDrain(name, s, sink));
    }
    return receive(socket, name, sink);
  }

  @Override
  public Runnable threadSetup() {
    return threadSetup;
  }
}

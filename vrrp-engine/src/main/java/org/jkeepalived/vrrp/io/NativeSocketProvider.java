package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.util.Objects;
import org.jkeepalived.linux.raw.NativeRawIpSocket;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;

/**
 * Kernel raw sockets, opened in the namespace of the calling thread. Receiving uses a dedicated
 * {@link org.jkeepalived.engine.io.ReaderThread} per socket rather than Netty's epoll loop: the reader needs the IPv4 header
 * and the IPv6 hop limit control message for the TTL 255 check, which EpollDatagramChannel does not
 * report.
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
  public Runnable threadSetup() {
    return threadSetup;
  }
}

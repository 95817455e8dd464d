package org.jkeepalived.linux.rtnl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.EventFd;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Poll;
import org.jkeepalived.linux.netlink.Netlink;
import org.jkeepalived.linux.netlink.NetlinkMessage;
import org.jkeepalived.linux.netlink.NetlinkSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LinkMonitor} over rtnetlink. Each subscription owns a socket bound to RTMGRP_LINK and the
 * IPv4/IPv6 address groups, read by a dedicated daemon thread that a close wakes through an
 * eventfd. Sockets belong to the namespace of the thread that opened the monitor or subscribed.
 */
public final class NetlinkLinkMonitor implements LinkMonitor {
  private static final Logger LOG = LoggerFactory.getLogger(NetlinkLinkMonitor.class);
  private static final int GROUPS =
      Rtnl.RTMGRP_LINK | Rtnl.RTMGRP_IPV4_IFADDR | Rtnl.RTMGRP_IPV6_IFADDR;

  private final Rtnetlink rtnl;
  private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

  private NetlinkLinkMonitor(Rtnetlink rtnl) {
    this.rtnl = rtnl;
  }

  public static NetlinkLinkMonitor open() throws ErrnoException {
    return new NetlinkLinkMonitor(Rtnetlink.open());
  }

  @Override
  public List<LinkInfo> links() throws IOException {
    return rtnl.links();
  }

  @Override
  public AutoCloseable subscribe(RtnlListener listener) throws IOException {
    NetlinkSocket socket = NetlinkSocket.open(Netlink.NETLINK_ROUTE, GROUPS);
    EventFd wake;
    try {
      wake = EventFd.open();
    } catch (ErrnoException e) {
      socket.close();
      throw e;
    }
    Subscription s = new Subscription(socket, wake, listener);
    subscriptions.add(s);
    s.thread.start();
    return s;
  }

  @Override
  public void close() {
    subscriptions.forEach(Subscription::close);
    rtnl.close();
  }

  /** Dispatches one notification; unknown types are ignored. Package-private for tests. */
  static void dispatch(NetlinkMessage m, RtnlListener listener) {
    switch (m.type()) {
      case Rtnl.RTM_NEWLINK ->
          listener.linkChanged(new LinkEvent(LinkEvent.Kind.CHANGED, LinkCodec.decode(m)));
      case Rtnl.RTM_DELLINK ->
          listener.linkChanged(new LinkEvent(LinkEvent.Kind.DELETED, LinkCodec.decode(m)));
      case Rtnl.RTM_NEWADDR ->
          listener.addressChanged(new AddressEvent(AddressEvent.Kind.ADDED, AddressCodec.decode(m)));
      case Rtnl.RTM_DELADDR ->
          listener.addressChanged(
              new AddressEvent(AddressEvent.Kind.REMOVED, AddressCodec.decode(m)));
      default -> {
        // other groups' messages are not subscribed to
      }
    }
  }

  private final class Subscription implements AutoCloseable {
    private final NetlinkSocket socket;
    private final EventFd wake;
    private final RtnlListener listener;
    private final Thread thread;
    private volatile boolean running = true;

    Subscription(NetlinkSocket socket, EventFd wake, RtnlListener listener) {
      this.socket = socket;
      this.wake = wake;
      this.listener = listener;
      this.thread = new Thread(this::run, "rtnl-monitor-" + socket.fd().fd());
      this.thread.setDaemon(true);
    }

    private void run() {
      int[] fds = {socket.fd().fd(), wake.fd()};
      while (running) {
        try {
          boolean[] ready = Poll.readable(fds, Duration.ofSeconds(1));
          if (!running || ready[1]) {
            return;
          }
          if (ready[0]) {
            for (NetlinkMessage m : socket.receiveNow()) {
              deliver(m);
            }
          }
        } catch (ErrnoException e) {
          if (e.errno() == LinuxConstants.ENOBUFS) {
            listener.overrun();
          } else if (running) {
            LOG.warn("rtnetlink monitor read failed; stopping", e);
            return;
          }
        }
      }
    }

    private void deliver(NetlinkMessage m) {
      try {
        dispatch(m, listener);
      } catch (RuntimeException e) {
        // A listener bug or a malformed message must not kill the monitor.
        LOG.warn("rtnetlink notification type {} not delivered", m.type(), e);
      }
    }

    @Override
    public void close() {
      running = false;
      wake.signal();
      if (Thread.currentThread() != thread) {
        try {
          thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      subscriptions.remove(this);
      socket.close();
      wake.close();
    }
  }
}

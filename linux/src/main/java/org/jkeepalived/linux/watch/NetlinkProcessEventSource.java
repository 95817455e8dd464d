package org.jkeepalived.linux.watch;

import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
 * {@link ProcessEventSource} on the kernel's proc connector: a NETLINK_CONNECTOR socket bound to
 * the CN_IDX_PROC group, subscribed with PROC_CN_MCAST_LISTEN (needs CAP_NET_ADMIN), read by a
 * dedicated thread polling it with an eventfd that {@link #close()} signals.
 */
public final class NetlinkProcessEventSource implements ProcessEventSource {
  private static final Logger LOG = LoggerFactory.getLogger(NetlinkProcessEventSource.class);

  private record Sub(Consumer<ProcEvent> listener, Runnable overrun) {}

  private final NetlinkSocket socket;
  private final EventFd wake;
  private final Thread thread;
  private final List<Sub> subs = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private NetlinkProcessEventSource(NetlinkSocket socket, EventFd wake) {
    this.socket = socket;
    this.wake = wake;
    this.thread = new Thread(this::loop, "jk-proc-events");
    this.thread.setDaemon(true);
  }

  /** Opens and subscribes the socket and starts the reader thread. */
  public static NetlinkProcessEventSource open() throws ErrnoException {
    NetlinkSocket s = NetlinkSocket.open(ProcConnectorCodec.NETLINK_CONNECTOR, ProcConnectorCodec.CN_IDX_PROC);
    EventFd wake = null;
    try {
      wake = EventFd.open();
      s.send(new NetlinkMessage(Netlink.NLMSG_DONE, 0, 0, 0,
          ProcConnectorCodec.subscription(true, ByteOrder.nativeOrder())), 0);
    } catch (ErrnoException e) {
      s.close();
      if (wake != null) {
        wake.close();
      }
      throw e;
    }
    NetlinkProcessEventSource src = new NetlinkProcessEventSource(s, wake);
    src.thread.start();
    return src;
  }

  @Override
  public AutoCloseable subscribe(Consumer<ProcEvent> listener, Runnable overrun) {
    Sub s = new Sub(listener, overrun);
    subs.add(s);
    return () -> subs.remove(s);
  }

  private void loop() {
    int[] fds = {socket.fd().fd(), wake.fd()};
    while (!closed) {
      try {
        boolean[] ready = Poll.readable(fds);
        if (ready[0] && !closed) {
          drain();
        }
      } catch (ErrnoException e) {
        if (e.errno() == LinuxConstants.ENOBUFS) {
          subs.forEach(s -> s.overrun().run());
        } else if (!closed) {
          LOG.warn("proc connector reader: {}", e.toString());
        }
      } catch (RuntimeException e) {
        LOG.warn("proc connector reader", e);
      }
    }
  }

  private void drain() throws ErrnoException {
    for (;;) {
      List<NetlinkMessage> msgs = socket.receiveNow();
      if (msgs.isEmpty()) {
        return;
      }
      for (NetlinkMessage m : msgs) {
        ProcConnectorCodec.decode(m.payloadBytes(), ByteOrder.nativeOrder()).ifPresent(this::deliver);
      }
    }
  }

  private void deliver(ProcEvent e) {
    for (Sub s : subs) {
      try {
        s.listener().accept(e);
      } catch (RuntimeException ex) {
        LOG.warn("proc event listener failed on {}", e, ex);
      }
    }
  }

  /** Stops the reader thread (bounded wait) and closes the socket. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    wake.signal();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    socket.close();
    wake.close();
  }
}

package org.jkeepalived.linux.rtnl;

import java.util.concurrent.TimeUnit;
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
 * A NETLINK_ROUTE socket bound to multicast groups, read by its own daemon thread until closed
 * (an eventfd wakes it). A message the sink cannot handle is logged and skipped, so a listener bug
 * or a malformed message cannot kill the reader; ENOBUFS (lost notifications) goes to the overrun
 * callback. The socket belongs to the namespace of the opening thread.
 */
final class RtnlReader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RtnlReader.class);

  private final NetlinkSocket socket;
  private final EventFd wake;
  private final Consumer<NetlinkMessage> sink;
  private final Runnable overrun;
  private final Thread thread;
  private volatile boolean running = true;

  private RtnlReader(NetlinkSocket socket, EventFd wake, Consumer<NetlinkMessage> sink,
      Runnable overrun) {
    this.socket = socket;
    this.wake = wake;
    this.sink = sink;
    this.overrun = overrun;
    this.thread = new Thread(this::run, "rtnl-reader-" + socket.fd().fd());
    this.thread.setDaemon(true);
  }

  static RtnlReader start(int groups, Consumer<NetlinkMessage> sink) throws ErrnoException {
    return start(groups, sink, () -> LOG.warn("rtnetlink notifications lost (ENOBUFS)"));
  }

  /** Starts reading; {@code overrun} runs on the reader thread when notifications were lost. */
  static RtnlReader start(int groups, Consumer<NetlinkMessage> sink, Runnable overrun)
      throws ErrnoException {
    NetlinkSocket socket = NetlinkSocket.open(Netlink.NETLINK_ROUTE, groups);
    EventFd wake;
    try {
      wake = EventFd.open();
    } catch (ErrnoException e) {
      socket.close();
      throw e;
    }
    RtnlReader r = new RtnlReader(socket, wake, sink, overrun);
    r.thread.start();
    return r;
  }

  private void run() {
    int[] fds = {socket.fd().fd(), wake.fd()};
    while (running) {
      try {
        boolean[] ready = Poll.readable(fds);
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
          overrun.run();
        } else if (running) {
          LOG.warn("rtnetlink reader failed; stopping", e);
          return;
        }
      }
    }
  }

  private void deliver(NetlinkMessage m) {
    try {
      sink.accept(m);
    } catch (RuntimeException e) {
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
    socket.close();
    wake.close();
  }
}

package org.jkeepalived.lvs.check.net;

import io.netty.channel.IoEvent;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.unix.FileDescriptor;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.Inet6Address;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jkeepalived.lvs.check.fsm.ProbeResult;
import org.jkeepalived.lvs.check.run.Probe;

/**
 * TCP_CHECK on the epoll transport, one level below Netty's Channel: a socket of the target's
 * family (keepalived's check_tcp.c {@code socket(co->dst.ss_family, SOCK_STREAM | SOCK_NONBLOCK)}),
 * the endpoint's options, a non-blocking connect, EPOLLOUT on the loop's epoll set, SO_ERROR when
 * it fires, and an orderly close. A Channel per probe costs about 18 more system calls (address
 * look-ups, buffer size reads in its constructor, option reads, epoll MOD and DEL) and a pipeline,
 * promises and option maps that a connect-and-close never uses; bench/checkers measured the
 * difference (measured/2026-12-07-session6.md). Same verdicts, log wording and timeout as {@link
 * TcpProbe}, which stays the probe of the NIO transport.
 *
 * <p>The close is a plain close (FIN), as keepalived's since 2.3.2 (layer4.c no longer sets
 * SO_LINGER: commit b7cb693d; 2.2.x set a 5 s linger, also an orderly close): an abortive close
 * (SO_LINGER 0, RST) would spare the TIME_WAIT but shows up in every backend's log and counters
 * as a reset connection.
 */
public final class EpollTcpProbe implements Probe {
  private final IoEventLoop loop;
  private final Endpoint endpoint;
  private final boolean ipv6;
  private final long timeoutNanos;
  private final ProbeResult success;
  private final ProbeResult failure;
  private final ProbeResult timeout;

  /**
   * @param loop the loop of the probe's check: an epoll loop ({@link #fits})
   */
  public EpollTcpProbe(IoEventLoop loop, Endpoint endpoint, String service) {
    this.loop = loop;
    this.endpoint = endpoint;
    this.ipv6 = endpoint.target().getAddress() instanceof Inet6Address;
    this.timeoutNanos = endpoint.timeout().toNanos();
    // the three results are the same every time: made once, not per probe
    this.success = ProbeResult.ok("TCP connection to " + service + " success.");
    this.failure = ProbeResult.failed("TCP connection to " + service + " failed.");
    this.timeout = ProbeResult.failed("TCP connection to " + service + " timeout.");
  }

  /** Whether {@code loop} runs epoll, so that this probe can register its socket there. */
  public static boolean fits(Object loop) {
    return loop instanceof IoEventLoop l && l.isCompatible(Connect.class);
  }

  @Override
  public void run(int target, Consumer<ProbeResult> done) {
    if (loop.inEventLoop()) {
      start(done);
    } else {
      loop.execute(() -> start(done));
    }
  }

  private void start(Consumer<ProbeResult> done) {
    LinuxSocket socket;
    try {
      socket = LinuxSocket.newSocketStream(ipv6);
    } catch (RuntimeException e) { // EMFILE and the like: a failed check, as a refused connect
      done.accept(failure);
      return;
    }
    new Connect(socket, done).start();
  }

  /** One connect attempt: its socket, its epoll registration and its timeout. */
  private final class Connect implements EpollIoHandle, Runnable {
    private final LinuxSocket socket;
    private final Consumer<ProbeResult> done;
    private IoRegistration registration;
    private Future<?> timer;
    private boolean finished;

    Connect(LinuxSocket socket, Consumer<ProbeResult> done) {
      this.socket = socket;
      this.done = done;
    }

    void start() {
      try {
        endpoint.applyTo(socket);
        if (socket.connect(endpoint.target())) {
          finish(success);
          return;
        }
      } catch (IOException | RuntimeException e) { // refused, unreachable, bind failed...
        finish(failure);
        return;
      }
      Future<IoRegistration> f = loop.register(this);
      if (f.isDone()) {
        registered(f);
      } else {
        f.addListener(x -> registered(f));
      }
    }

    private void registered(Future<IoRegistration> f) {
      if (!f.isSuccess()) {
        finish(failure);
        return;
      }
      registration = f.getNow();
      if (finished) { // closed by the loop meanwhile
        registration.cancel();
        return;
      }
      try {
        registration.submit(EpollIoOps.EPOLLOUT); // the one epoll_ctl (ADD) of the probe
      } catch (RuntimeException e) {
        finish(failure);
        return;
      }
      timer = loop.schedule(this, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** connect_timeout ran out (keepalived's THREAD_WRITE_TIMEOUT). */
    @Override
    public void run() {
      timer = null;
      finish(timeout);
    }

    /** EPOLLOUT, EPOLLERR or EPOLLHUP: the connect is over one way or the other. */
    @Override
    public void handle(IoRegistration reg, IoEvent event) {
      try {
        if (!socket.finishConnect()) { // SO_ERROR still EINPROGRESS: wait for the next event
          return;
        }
        finish(success);
      } catch (IOException | RuntimeException e) {
        finish(failure);
      }
    }

    private void finish(ProbeResult result) {
      if (finished) {
        return;
      }
      finished = true;
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
      closeSocket();
      done.accept(result);
    }

    /**
     * Closes the socket first, then drops the registration: a closed descriptor has already
     * left the epoll set, so Netty skips its epoll_ctl DEL.
     */
    private void closeSocket() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing to do: the descriptor is gone either way
      }
      if (registration != null) {
        registration.cancel();
      }
    }

    @Override
    public FileDescriptor fd() {
      return socket;
    }

    /** The loop shuts down with the probe in flight: its check is stopped, nobody waits. */
    @Override
    public void close() {
      if (!finished) {
        finished = true;
        if (timer != null) {
          timer.cancel(false);
        }
        closeSocket();
      }
    }
  }
}

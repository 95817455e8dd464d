package org.jkeepalived.lvs.check;

import io.netty.channel.EventLoopGroup;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.lvs.check.net.Transport;
import org.jkeepalived.lvs.check.run.RunningCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HealthChecks} on one Netty event loop group (epoll where available): each check is
 * pinned to one loop of the group, where its timer, its I/O and its state machine run, so no
 * check has a thread of its own and none needs a lock. MISC_CHECK scripts run through the
 * {@link CheckerPorts#scripts() script executor}, FILE_CHECK follows inotify, BFD_CHECK follows
 * the store's bfdSessTable.
 */
public final class NettyHealthChecks implements HealthChecks {
  private static final Logger LOG = LoggerFactory.getLogger(NettyHealthChecks.class);
  private static final Logger CHECKS_LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

  private final EventLoopGroup group;
  private final CheckFactory factory;
  private final Map<CheckId, Running> running = new HashMap<>();
  private final Set<String> suspended = new HashSet<>();
  private boolean closed;

  private record Running(CheckSpec spec, RunningCheck check) {}

  /** On the best transport, with one loop per available processor (at most 4). */
  public NettyHealthChecks(CheckListener listener, CheckerPorts ports) {
    this(listener, ports, () -> { });
  }

  /**
   * As {@link #NettyHealthChecks(CheckListener, CheckerPorts)}, each loop thread first running
   * {@code threadSetup} (checker_rt_priority / checker_priority).
   */
  public NettyHealthChecks(CheckListener listener, CheckerPorts ports, Runnable threadSetup) {
    this(listener, ports, Transport.best().onThreadStart(threadSetup),
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  public NettyHealthChecks(
      CheckListener listener, CheckerPorts ports, Transport transport, int threads) {
    this.group = transport.newGroup(threads);
    this.factory = new CheckFactory(group, transport, ports, listener);
  }

  @Override
  public synchronized void run(Collection<CheckSpec> checks) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    Map<CheckId, CheckSpec> wanted = new HashMap<>();
    for (CheckSpec s : checks) {
      wanted.put(s.id(), s);
    }
    for (Iterator<Map.Entry<CheckId, Running>> it = running.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<CheckId, Running> e = it.next();
      CheckSpec next = wanted.get(e.getKey());
      if (next == null || !next.equals(e.getValue().spec())) {
        e.getValue().check().stop();
        it.remove();
        continue;
      }
      RunningCheck now = factory.reload(next, e.getValue().check());
      if (now != e.getValue().check()) {
        e.setValue(new Running(next, now));
        launch(next, now);
      }
    }
    for (CheckSpec s : wanted.values()) {
      if (running.containsKey(s.id())) {
        continue;
      }
      RunningCheck c = factory.create(s);
      launch(s, c);
      running.put(s.id(), new Running(s, c));
    }
  }

  private void launch(CheckSpec s, RunningCheck c) {
    boolean off = suspended.contains(s.virtualServer());
    if (off) {
      c.suspend(true);
    }
    // keepalived's register_checkers_thread line, for the checkers it launches on a timer
    // (FILE_CHECK and BFD_CHECK have no launch function there and get none, nor does a
    // checker removed at load)
    if (s.config().timing() != null && c.launched()) {
      CHECKS_LOG.info("{}ctivating healthchecker for service {} for VS {}", off ? "Dea" : "A",
          ServiceNames.service(s), s.virtualServerName());
    }
    c.start();
  }

  @Override
  public synchronized void suspend(String virtualServer, boolean on) {
    if (on ? !suspended.add(virtualServer) : !suspended.remove(virtualServer)) {
      return;
    }
    for (Running r : running.values()) {
      if (r.spec().virtualServer().equals(virtualServer)) {
        r.check().suspend(on);
      }
    }
  }

  /** How many checks run now. */
  public synchronized int size() {
    return running.size();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      for (Running r : running.values()) {
        r.check().stop();
      }
      running.clear();
    }
    factory.close();
    try {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while stopping the checkers' event loops");
    }
  }
}

package org.jkeepalived.agent.systemd;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.MonotonicClock;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.unix.UnixDatagramSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd how the daemon is doing (sd_notify(3), for a {@code Type=notify} unit): READY=1
 * once the engines run, RELOADING=1 then READY=1 around a SIGHUP reload, STOPPING=1 on the way out,
 * and WATCHDOG=1 keep-alives when the unit has WatchdogSec. Datagrams go to $NOTIFY_SOCKET; without
 * it every call does nothing. A failed send is logged and never stops the daemon.
 *
 * <p>The keep-alive is sent only while {@code healthy} says so: an engine that failed for good
 * (its restarts used up) stops the pings, and systemd's watchdog then restarts the whole daemon.
 */
public final class SdNotify implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SdNotify.class);

  private final String socketPath;
  private final UnixDatagramSocket socket;
  private final Optional<Duration> watchdog;
  private final BooleanSupplier healthy;
  private ScheduledExecutorService pinger;
  private boolean warned;

  private SdNotify(String socketPath, UnixDatagramSocket socket, Optional<Duration> watchdog,
      BooleanSupplier healthy) {
    this.socketPath = socketPath;
    this.socket = socket;
    this.watchdog = watchdog;
    this.healthy = healthy;
  }

  /**
   * The notifier for this process's environment: inactive when NOTIFY_SOCKET is unset or no
   * datagram socket can be opened (logged).
   */
  public static SdNotify fromEnvironment(Map<String, String> env, long pid,
      BooleanSupplier healthy) {
    String path = env.get("NOTIFY_SOCKET");
    if (path == null || path.isEmpty()) {
      return new SdNotify(null, null, Optional.empty(), healthy);
    }
    if (!Native.isAvailable()) {
      LOG.warn("NOTIFY_SOCKET is set but native calls are unavailable: {}",
          Native.unavailabilityCause().toString());
      return new SdNotify(null, null, Optional.empty(), healthy);
    }
    try {
      return new SdNotify(path, UnixDatagramSocket.open(),
          WatchdogSettings.pingInterval(env, pid), healthy);
    } catch (ErrnoException e) {
      LOG.warn("Cannot notify systemd at {}: {}", path, e.getMessage());
      return new SdNotify(null, null, Optional.empty(), healthy);
    }
  }

  /** Whether systemd listens (NOTIFY_SOCKET was set and a socket is open). */
  public boolean active() {
    return socket != null;
  }

  /** The engines run: start-up (or a reload) is complete; the watchdog starts with the first. */
  public synchronized void ready() {
    send(NotifyMessages.READY);
    if (pinger == null && watchdog.isPresent()) {
      startWatchdog(watchdog.get());
    }
  }

  /** A reload begins (SIGHUP). */
  public void reloading() {
    if (!active()) {
      return;
    }
    try {
      send(NotifyMessages.reloading(MonotonicClock.micros()));
    } catch (ErrnoException e) {
      warnOnce(e.getMessage());
    }
  }

  /** The daemon stops; the keep-alives stop with it. */
  public synchronized void stopping() {
    send(NotifyMessages.STOPPING);
    stopWatchdog();
  }

  private void startWatchdog(Duration every) {
    LOG.info("systemd watchdog: a keep-alive every {} ms", every.toMillis());
    pinger = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sd-watchdog");
      t.setDaemon(true);
      return t;
    });
    long micros = Math.max(1, every.toNanos() / 1000);
    pinger.scheduleAtFixedRate(this::ping, 0, micros, TimeUnit.MICROSECONDS);
  }

  private void ping() {
    if (healthy.getAsBoolean()) {
      send(NotifyMessages.WATCHDOG);
    }
  }

  private void stopWatchdog() {
    if (pinger != null) {
      pinger.shutdownNow();
      pinger = null;
    }
  }

  private void send(String message) {
    if (!active()) {
      return;
    }
    try {
      socket.send(message.getBytes(StandardCharsets.UTF_8), socketPath);
    } catch (ErrnoException | RuntimeException e) {
      warnOnce(e.getMessage());
    }
  }

  private synchronized void warnOnce(String why) {
    if (!warned) {
      warned = true;
      LOG.warn("Cannot notify systemd at {}: {} (further failures not logged)", socketPath, why);
    }
  }

  @Override
  public synchronized void close() {
    stopWatchdog();
    if (socket != null) {
      socket.close();
    }
  }
}

package org.jkeepalived.agent.daemon;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jkeepalived.linux.ffi.Native;
import org.slf4j.LoggerFactory;

/**
 * Does the two slowest one-time initialisations of a start on two more threads while the
 * main thread parses the command line: logback's own start (its context and default
 * configuration, which the first {@code LoggerFactory.getLogger} otherwise runs on the main
 * thread) and the jnr-ffi libc binding (jffi's native library and the run-time generated stub of
 * {@link org.jkeepalived.linux.ffi.LibC}, wanted by the syslog appender and every engine's
 * sockets). On the class-load timeline of a one-instance start these were the longest stretches
 * of the main thread before the first VRRP state (issue 15).
 *
 * <p>Both are idempotent class initialisations the JVM runs once under its class-init lock: the
 * main thread that needs one first waits for its preload thread to finish it instead of running it
 * itself, so nothing changes but when the work is done. A failure here (no libc) is recorded by
 * {@link Native} exactly as it would be on the main thread.
 *
 * <p>One exception: slf4j does not lock its start like a class initialiser. While one thread runs
 * it, {@code LoggerFactory.getILoggerFactory()} on another returns a stand-in factory (loggers
 * taken meanwhile are replayed into logback's afterwards), so code that needs logback's own
 * context calls {@link #awaitLogging()} first.
 */
public final class StartPreload {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final CountDownLatch LOGGING = new CountDownLatch(1);

  private StartPreload() {}

  /** Starts the preload threads, once per JVM; returns at once. */
  public static void begin() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    // One thread each: the main thread wants both at about the same time (the logging set-up
    // right after the parse, then the syslog appender's socket), and one after the other on a
    // single thread the binding came ~0.2 s after the parse had ended.
    start("start-preload-log", StartPreload::logging);
    start("start-preload-libc", Native::isAvailable);
  }

  private static void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true); // never holds up the exit of -v, -h or a failed start
    t.start();
  }

  /**
   * Returns once slf4j's start has ended, when this class started it (at once otherwise): then
   * {@code LoggerFactory.getILoggerFactory()} is logback's context. Bounded, in case the preload
   * thread cannot run at all; slf4j's start then simply happens on the caller.
   */
  public static void awaitLogging() {
    if (!STARTED.get()) {
      return;
    }
    try {
      LOGGING.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void logging() {
    try {
      LoggerFactory.getILoggerFactory();
    } finally {
      LOGGING.countDown();
    }
  }
}

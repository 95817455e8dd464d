package org.jkeepalived.engine.io;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that reads one blocking source (a raw VRRP socket, a BFD UDP socket) and hands
 * each item on; it never runs protocol code itself, its sink hops to the engine's loop. It blocks
 * in long slices ({@link #SLICE}) and {@link #close()} wakes it through the source's wake-up (for
 * a raw socket, {@code RawIpSocket.stopReceiving()}): an idle node's reader does not wake up at
 * all (VRRP's used to every 200 ms, a visible part of an idle daemon's CPU).
 *
 * @param <T> what one receive returns
 */
public final class ReaderThread<T> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReaderThread.class);
  /** Pause after a failed receive, so a broken socket does not spin the thread. */
  static final Duration POLL = Duration.ofMillis(200);
  /** One blocking receive; close() ends it early. */
  static final Duration SLICE = Duration.ofSeconds(30);

  /** The blocking read: waits up to {@code timeout}, returns null when nothing arrived. */
  @FunctionalInterface
  public interface Source<T> {
    T receive(Duration timeout) throws IOException;
  }

  private final Runnable setup;
  private final Source<T> source;
  private final Runnable wakeUp;
  private final Consumer<? super T> sink;
  private final Thread thread;
  private volatile boolean running = true;

  private ReaderThread(String threadName, Runnable setup, Source<T> source, Runnable wakeUp,
      Consumer<? super T> sink) {
    this.setup = Objects.requireNonNull(setup);
    this.source = Objects.requireNonNull(source);
    this.wakeUp = Objects.requireNonNull(wakeUp);
    this.sink = Objects.requireNonNull(sink);
    this.thread = new Thread(this::run, threadName);
    this.thread.setDaemon(true);
  }

  /**
   * Starts reading {@code source} on a new daemon thread.
   *
   * @param threadName names the thread and the log lines ("vrrp-rx-eth0")
   * @param wakeUp makes a {@link Source#receive} blocked in the reader return now, and later ones
   *     at once; {@link #close()} calls it
   * @param sink gets every item, on the reader's thread; what it throws is logged and dropped
   */
  public static <T> ReaderThread<T> start(String threadName, Source<T> source, Runnable wakeUp,
      Consumer<? super T> sink) {
    return start(threadName, () -> { }, source, wakeUp, sink);
  }

  /**
   * As {@link #start(String, Source, Runnable, Consumer)}, the new thread first running {@code
   * setup} (an engine's thread scheduling: keepalived's *_rt_priority / *_priority).
   */
  public static <T> ReaderThread<T> start(String threadName, Runnable setup, Source<T> source,
      Runnable wakeUp, Consumer<? super T> sink) {
    ReaderThread<T> r = new ReaderThread<>(threadName, setup, source, wakeUp, sink);
    r.thread.start();
    return r;
  }

  private void run() {
    try {
      setup.run();
    } catch (RuntimeException e) {
      LOG.warn("{}: thread set-up failed", thread.getName(), e);
    }
    while (running) {
      T item;
      try {
        item = source.receive(SLICE);
      } catch (IOException e) {
        if (running) {
          LOG.warn("receive failed on {}: {}", thread.getName(), e.getMessage());
          sleepQuietly();
        }
        continue;
      }
      if (item != null && running) {
        try {
          sink.accept(item);
        } catch (RuntimeException e) {
          LOG.warn("{}: handler failed", thread.getName(), e);
        }
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops reading: wakes the blocked receive and waits up to 1 s for the thread to end. */
  @Override
  public void close() {
    running = false;
    wakeUp.run();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(POLL.multipliedBy(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** True while the reading thread runs (tests). */
  boolean isAlive() {
    return thread.isAlive();
  }
}

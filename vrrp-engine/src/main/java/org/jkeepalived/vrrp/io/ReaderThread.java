package org.jkeepalived.vrrp.io;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that reads one raw socket and hands each datagram on; it never runs protocol
 * code itself. It blocks in long slices ({@link #SLICE}) and {@link #close()} wakes it through
 * {@link RawIpSocket#stopReceiving()}: an idle node's reader does not wake up at all (it used to
 * every 200 ms, a visible part of an idle daemon's CPU).
 */
public final class ReaderThread implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReaderThread.class);
  /** Pause after a failed receive. */
  static final Duration POLL = Duration.ofMillis(200);
  /** One blocking receive; close() ends it early. */
  static final Duration SLICE = Duration.ofSeconds(30);

  private final RawIpSocket socket;
  private final Consumer<RawDatagram> sink;
  private final Thread thread;
  private volatile boolean running = true;

  private ReaderThread(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
    this.socket = socket;
    this.sink = sink;
    this.thread = new Thread(this::run, "vrrp-rx-" + name);
    this.thread.setDaemon(true);
  }

  /** Starts reading {@code socket}. */
  public static ReaderThread start(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
    ReaderThread r = new ReaderThread(socket, name, sink);
    r.thread.start();
    return r;
  }

  private void run() {
    while (running) {
      RawDatagram d;
      try {
        d = socket.receive(SLICE);
      } catch (IOException e) {
        if (running) {
          LOG.warn("VRRP receive failed on {}: {}", thread.getName(), e.getMessage());
          sleepQuietly();
        }
        continue;
      }
      if (d != null && running) {
        try {
          sink.accept(d);
        } catch (RuntimeException e) {
          LOG.warn("VRRP datagram handler failed", e);
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

  @Override
  public void close() {
    running = false;
    socket.stopReceiving();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(POLL.multipliedBy(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

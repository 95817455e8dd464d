package org.jkeepalived.engine.loop;

/**
 * A loop that also waits on file descriptors: it runs a handler on its own thread when a watched
 * descriptor is readable, so that a socket's datagrams reach the engine without a reader thread
 * and a hand-over per datagram (keepalived's one-thread epoll loop). Implemented by {@link
 * PollLoop}; an I/O edge that finds its loop is not one keeps its reader thread.
 */
public interface DescriptorWatcher {
  /**
   * Runs {@code onReadable} on the loop whenever {@code fd} is readable (level-triggered: a
   * handler that leaves data queued is called again on the next turn), until the returned handle
   * is closed. The handler must not block; it reads what is queued and returns.
   *
   * @return closing it stops the watch before it returns (on the loop, or waiting for the loop),
   *     so that the descriptor may be closed right after
   */
  AutoCloseable watch(int fd, Runnable onReadable);
}

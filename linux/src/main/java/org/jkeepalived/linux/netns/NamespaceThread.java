package org.jkeepalived.linux.netns;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One daemon thread inside a network namespace running tasks in submission order. If joining the
 * namespace fails, every task fails with that error instead of running in the wrong namespace.
 */
public final class NamespaceThread implements AutoCloseable {
  private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile Exception enterFailure;
  private volatile boolean closed;

  NamespaceThread(NetNamespace ns) {
    thread = new Thread(() -> loop(ns), "netns-" + ns.name());
    thread.setDaemon(true);
    thread.start();
  }

  private void loop(NetNamespace ns) {
    try {
      ns.enterCurrentThread();
    } catch (Exception e) {
      enterFailure = e;
    }
    try {
      for (;;) {
        Runnable r = queue.take();
        if (r == STOP) {
          return;
        }
        r.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final Runnable STOP = () -> {};

  /** Queues a task; its future fails if the thread is not in the namespace. */
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    CompletableFuture<T> f = new CompletableFuture<>();
    if (closed) {
      f.completeExceptionally(new IllegalStateException("namespace thread closed"));
      return f;
    }
    queue.add(() -> {
      if (enterFailure != null) {
        f.completeExceptionally(enterFailure);
        return;
      }
      try {
        f.complete(task.call());
      } catch (Throwable t) {
        f.completeExceptionally(t);
      }
    });
    return f;
  }

  /** Lets queued tasks finish, then ends the thread (waiting at most 5 s for it). */
  @Override
  public void close() {
    closed = true;
    queue.add(STOP);
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

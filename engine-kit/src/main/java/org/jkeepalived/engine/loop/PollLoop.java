package org.jkeepalived.engine.loop;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.EventFd;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Scheduler} whose one thread sleeps in poll(2) on the descriptors it watches, with the
 * next timer's due time as the timeout, as keepalived's scheduler does on one epoll: a datagram on
 * a watched socket is read on the loop's own thread, with no reader thread to wake and no
 * hand-over. A 500-instance backup at advert_int 0.1 receives 5,000 adverts a second; with one
 * reader per socket handing each burst to a {@link LoopScheduler}, half of its CPU went to the two
 * threads' wake-ups (futex wake and wait, a context switch each side; perf in
 * bench/scale/measured/2026-12-07-session6-cpu.md).
 *
 * <p>Its contract is {@link LoopScheduler}'s: tasks run in order on one thread, timers fire late
 * but never early on the monotonic clock ({@link System#nanoTime()}; poll's timeout is rounded up
 * to the millisecond), a task that throws goes to the failure hook and the loop goes on, work
 * offered after {@link #close()} is dropped. Other threads hand work over through a queue and wake
 * the loop with an eventfd, only when it sleeps. Each turn runs the handlers of the readable
 * descriptors first, then the queued tasks, then the timers due: an advert that arrived in time is
 * seen before the Master_Down_Timer that it would have stopped.
 */
public final class PollLoop implements Scheduler, DescriptorWatcher, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
  private static final int POLLFD = 8;
  /** poll(2) waits at most this long (ms) in one call: no timer due means a long sleep. */
  private static final long MAX_WAIT_MS = 60_000;

  private final String name;
  private final TaskGuard guard;
  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();
  private final EventFd wake;
  private final Thread thread;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  /** True while the loop is in (or about to enter) a poll that may sleep. */
  private final AtomicBoolean sleeping = new AtomicBoolean();
  private volatile boolean closed;
  // loop thread only
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long sequence;
  private final List<Watch> watches = new ArrayList<>();
  private byte[] pollFds = new byte[0];

  /** Starts a loop whose thread has the given name; a failing task is logged and forgotten. */
  public PollLoop(String threadName) {
    this(threadName, t -> { });
  }

  /**
   * Starts a loop whose thread has the given name.
   *
   * @param onTaskFailure as {@link LoopScheduler#LoopScheduler(String, Consumer)}'s
   * @throws UncheckedIOException when the eventfd cannot be made
   */
  public PollLoop(String threadName, Consumer<Throwable> onTaskFailure) {
    this.name = threadName;
    this.guard = new TaskGuard(threadName, onTaskFailure);
    try {
      this.wake = EventFd.open();
    } catch (ErrnoException e) {
      throw new UncheckedIOException(e);
    }
    rebuildPollFds();
    this.thread = new Thread(this::run, threadName);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  @Override
  public Instant now() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  /** {@inheritDoc} After {@link #close()} the task is dropped and the handle does nothing. */
  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Timer t = new Timer(System.nanoTime() + Math.max(0, delay.toNanos()), task);
    if (inLoop()) {
      add(t);
    } else {
      execute(() -> add(t));
    }
    return t;
  }

  /** {@inheritDoc} After {@link #close()} the task is dropped. */
  @Override
  public void execute(Runnable task) {
    if (closed) {
      LOG.debug("{} loop closed: late task dropped", name);
      return;
    }
    tasks.add(task);
    if (sleeping.compareAndSet(true, false)) {
      wake.signal();
    }
  }

  /** True when called on the loop's thread. */
  public boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /**
   * Runs {@code task} on the loop and waits at most {@code timeout} for it (runs it directly when
   * already on the loop).
   *
   * @return false when it did not finish in time
   */
  public boolean runAndWait(Runnable task, Duration timeout) {
    if (inLoop()) {
      guard.run(task);
      return true;
    }
    if (closed) {
      return false;
    }
    CountDownLatch done = new CountDownLatch(1);
    execute(() -> {
      try {
        guard.run(task);
      } finally {
        done.countDown();
      }
    });
    try {
      return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public AutoCloseable watch(int fd, Runnable onReadable) {
    Watch w = new Watch(fd, onReadable);
    if (!runAndWait(() -> {
      watches.add(w);
      rebuildPollFds();
    }, Duration.ofSeconds(2))) {
      throw new IllegalStateException(name + " loop did not take the watch of fd " + fd);
    }
    return () -> runAndWait(() -> {
      watches.remove(w);
      rebuildPollFds();
    }, Duration.ofSeconds(2));
  }

  /** Stops the loop; tasks not yet run are dropped. Waits up to 2 s for a running task. */
  @Override
  public void close() {
    closed = true;
    wake.signal();
    if (inLoop()) {
      return; // the loop ends when this task returns and closes the eventfd itself
    }
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      while (!closed) {
        turn();
      }
    } finally {
      tasks.clear();
      timers.clear();
      wake.close();
    }
  }

  /** One poll and what it found: readable descriptors, then queued tasks, then due timers. */
  private void turn() {
    int timeout = 0;
    if (tasks.isEmpty()) {
      sleeping.set(true);
      // a task queued between the check above and this one finds sleeping set and signals
      timeout = tasks.isEmpty() ? timeoutMillis() : 0;
    }
    int ready = poll(timeout);
    sleeping.set(false);
    Thread.interrupted(); // an interrupt is close()'s, and closed says it
    if (ready > 0) {
      if (revents(0)) {
        wake.clear();
      }
      for (int i = 0; i < watches.size() && !closed; i++) {
        if (revents(i + 1)) {
          guard.run(watches.get(i).onReadable());
        }
      }
    }
    for (int n = tasks.size(); n > 0 && !closed; n--) {
      Runnable task = tasks.poll();
      if (task == null) {
        break;
      }
      guard.run(task);
    }
    long now = System.nanoTime();
    while (!closed && !timers.isEmpty() && timers.peek().due - now <= 0) {
      Timer t = timers.poll();
      if (!t.cancelled) {
        guard.run(t.task);
      }
    }
  }

  /** Until the next timer, rounded up so that it is due when poll returns; -1 is for ever. */
  private int timeoutMillis() {
    Timer next = timers.peek();
    if (next == null) {
      return (int) MAX_WAIT_MS;
    }
    long nanos = next.due - System.nanoTime();
    if (nanos <= 0) {
      return 0;
    }
    return (int) Math.min(MAX_WAIT_MS, (nanos + 999_999) / 1_000_000);
  }

  private int poll(int timeoutMillis) {
    int rc = Native.libc().poll(pollFds, watches.size() + 1, timeoutMillis);
    if (rc < 0) {
      int errno = Native.lastErrno();
      if (errno != LinuxConstants.EINTR) {
        LOG.warn("{} loop: poll failed: {}", name, ErrnoException.of("poll", errno).getMessage());
      }
      return 0;
    }
    return rc;
  }

  private boolean revents(int index) {
    int at = POLLFD * index + 6;
    return (pollFds[at] | pollFds[at + 1]) != 0;
  }

  /** struct pollfd[]: the eventfd first, then the watched descriptors in watch order. */
  private void rebuildPollFds() {
    ByteBuffer b = ByteBuffer.allocate(POLLFD * (watches.size() + 1)).order(ByteOrder.nativeOrder());
    b.putInt(wake.fd()).putShort(LinuxConstants.POLLIN).putShort((short) 0);
    for (Watch w : watches) {
      b.putInt(w.fd()).putShort(LinuxConstants.POLLIN).putShort((short) 0);
    }
    pollFds = b.array();
  }

  private void add(Timer t) {
    if (!t.cancelled) {
      t.sequence = sequence++;
      timers.add(t);
    }
  }

  private record Watch(int fd, Runnable onReadable) {}

  /** A scheduled task; equal due times run in the order they were scheduled. */
  private final class Timer implements Cancellable, Comparable<Timer> {
    private final long due;
    private final Runnable task;
    private long sequence;
    private volatile boolean cancelled;

    Timer(long due, Runnable task) {
      this.due = due;
      this.task = task;
    }

    /** Off the queue at once when cancelled on the loop (the engines do); else when it is due. */
    @Override
    public void cancel() {
      cancelled = true;
      if (inLoop()) {
        timers.remove(this);
      }
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(due - o.due, 0);
      return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
  }
}

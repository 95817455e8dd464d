package org.jkeepalived.linux.watch;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.EventFd;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;
import org.jkeepalived.linux.ffi.Poll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FileWatcher} on inotify: one non-blocking inotify descriptor read by a dedicated thread
 * that polls it together with an eventfd, which {@link #close()} signals to stop the thread.
 */
public final class InotifyFileWatcher implements FileWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(InotifyFileWatcher.class);
  private static final int BUF = 64 * 1024;

  private final InotifyLib lib;
  private final Runtime runtime;
  private final int fd;
  private final EventFd wake;
  private final Thread thread;
  private final Map<Integer, Watch> watches = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private record Watch(Path directory, List<Consumer<FileEvent>> listeners) {}

  private InotifyFileWatcher(InotifyLib lib, int fd, EventFd wake) {
    this.lib = lib;
    this.runtime = Runtime.getRuntime(lib);
    this.fd = fd;
    this.wake = wake;
    this.thread = new Thread(this::loop, "jk-inotify");
    this.thread.setDaemon(true);
  }

  /** Opens the inotify descriptor and starts the reader thread. */
  public static InotifyFileWatcher open() throws ErrnoException {
    InotifyLib lib = LibraryLoader.create(InotifyLib.class).load("c");
    int fd = lib.inotify_init1(LinuxConstants.O_CLOEXEC | LinuxConstants.O_NONBLOCK);
    if (fd < 0) {
      throw ErrnoException.of("inotify_init1", Runtime.getRuntime(lib).getLastError());
    }
    EventFd wake;
    try {
      wake = EventFd.open();
    } catch (ErrnoException e) {
      Native.libc().close(fd);
      throw e;
    }
    InotifyFileWatcher w = new InotifyFileWatcher(lib, fd, wake);
    w.thread.start();
    return w;
  }

  @Override
  public synchronized AutoCloseable watch(Path directory, Consumer<FileEvent> listener)
      throws IOException {
    Path dir = directory.toAbsolutePath().normalize();
    int wd = lib.inotify_add_watch(fd, dir.toString(), InotifyEvent.TRACK_FILE_MASK);
    if (wd < 0) {
      throw ErrnoException.of("inotify_add_watch " + dir, runtime.getLastError());
    }
    Watch w = watches.computeIfAbsent(wd, k -> new Watch(dir, new CopyOnWriteArrayList<>()));
    w.listeners().add(listener);
    return () -> unwatch(wd, listener);
  }

  private synchronized void unwatch(int wd, Consumer<FileEvent> listener) {
    Watch w = watches.get(wd);
    if (w != null && w.listeners().remove(listener) && w.listeners().isEmpty()) {
      watches.remove(wd);
      if (!closed) {
        lib.inotify_rm_watch(fd, wd);
      }
    }
  }

  private void loop() {
    byte[] buf = new byte[BUF];
    int[] fds = {fd, wake.fd()};
    while (!closed) {
      try {
        boolean[] ready = Poll.readable(fds);
        if (ready[0] && !closed) {
          drain(buf);
        }
      } catch (ErrnoException | RuntimeException e) {
        if (!closed) {
          LOG.warn("inotify reader: {}", e.toString());
        }
      }
    }
  }

  private void drain(byte[] buf) {
    for (;;) {
      long n = Native.libc().read(fd, buf, buf.length);
      if (n <= 0) {
        return; // EAGAIN: drained
      }
      for (InotifyEvent e : InotifyCodec.decode(buf, (int) n, ByteOrder.nativeOrder())) {
        dispatch(e);
      }
    }
  }

  private void dispatch(InotifyEvent e) {
    FileEvent.Kind kind = FileWatcher.kindOf(e.mask());
    if (kind == null) {
      return;
    }
    if (kind == FileEvent.Kind.OVERFLOW) {
      for (Watch w : watches.values()) {
        deliver(w, new FileEvent(w.directory(), "", kind));
      }
      return;
    }
    Watch w = watches.get(e.wd());
    if (w != null) {
      deliver(w, new FileEvent(w.directory(), e.name(), kind));
    }
  }

  private static void deliver(Watch w, FileEvent event) {
    for (Consumer<FileEvent> l : w.listeners()) {
      try {
        l.accept(event);
      } catch (RuntimeException ex) {
        LOG.warn("file watch listener failed on {}", event, ex);
      }
    }
  }

  /** Stops the reader thread (bounded wait) and closes the descriptors. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    wake.signal();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Native.libc().close(fd);
    wake.close();
  }
}

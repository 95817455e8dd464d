package org.jkeepalived.linux.netns;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.ffi.Native;

/**
 * A named network namespace ({@code ip netns add NAME}, i.e. {@code /var/run/netns/NAME}) and a
 * way to run code inside it. setns(2) changes only the calling thread, so the code runs on a
 * dedicated thread that joined the namespace first (STACK.md). Sockets opened there stay in the
 * namespace whichever thread later uses them; threads started from there inherit it.
 */
public final class NetNamespace {
  private static final Path NETNS_DIR = Path.of("/var/run/netns");

  private final String name;
  private final Path path;

  private NetNamespace(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  /** The namespace {@code ip netns} knows as {@code name}. */
  public static NetNamespace named(String name) {
    Objects.requireNonNull(name);
    if (name.isEmpty() || name.contains("/")) {
      throw new IllegalArgumentException("bad namespace name: " + name);
    }
    return new NetNamespace(name, NETNS_DIR.resolve(name));
  }

  /**
   * The namespace of process 1, {@code /proc/1/ns/net}: keepalived's {@code net_namespace_ipvs}
   * without a name (core/namespaces.c open_ipvs_namespace), the host's own namespace when the
   * daemon runs in another one.
   */
  public static NetNamespace initial() {
    return new NetNamespace("(default)", Path.of("/proc/1/ns/net"));
  }

  /**
   * {@code net_namespace_ipvs}'s argument as keepalived reads it: a name is {@link #named}, the
   * empty string is {@link #initial()}.
   */
  public static NetNamespace ofIpvsKeyword(String name) {
    return name.isEmpty() ? initial() : named(name);
  }

  public String name() {
    return name;
  }

  public Path path() {
    return path;
  }

  /** Runs {@code task} on a fresh thread inside the namespace and returns its result. */
  public <T> T call(Callable<T> task) throws Exception {
    try (NamespaceThread t = thread()) {
      try {
        return t.submit(task).get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Exception x) {
          throw x;
        }
        throw e;
      }
    }
  }

  /** Runs {@code task} inside the namespace and waits for it. */
  public void run(ThrowingRunnable task) throws Exception {
    call(() -> {
      task.run();
      return null;
    });
  }

  /**
   * A started thread that has joined (or failed to join) the namespace and runs submitted tasks
   * in order; close it when done.
   */
  public NamespaceThread thread() {
    return new NamespaceThread(this);
  }

  /**
   * Moves the calling thread into the namespace. Only for threads made for that purpose: the
   * thread stays there for the rest of its life.
   */
  public void enterCurrentThread() throws ErrnoException {
    int fd = Native.libc().open(path.toString(), LinuxConstants.O_RDONLY | LinuxConstants.O_CLOEXEC);
    if (fd < 0) {
      throw ErrnoException.last("open(" + path + ")");
    }
    try {
      if (Native.libc().setns(fd, LinuxConstants.CLONE_NEWNET) < 0) {
        throw ErrnoException.last("setns(" + path + ")");
      }
    } finally {
      Native.libc().close(fd);
    }
  }

  /** A task that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Override
  public String toString() {
    return "NetNamespace[" + name + "]";
  }
}

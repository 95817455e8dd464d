package org.jkeepalived.vrrp.track;

import org.jkeepalived.engine.script.ScriptRunnerExecutor;
import org.jkeepalived.engine.script.ScriptExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.linux.watch.FileEvent;
import org.jkeepalived.linux.watch.FileWatcher;
import org.jkeepalived.linux.watch.InotifyFileWatcher;
import org.jkeepalived.linux.watch.NetlinkProcessEventSource;
import org.jkeepalived.linux.watch.ProcEvent;
import org.jkeepalived.linux.watch.ProcFs;
import org.jkeepalived.linux.watch.ProcessEventSource;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * The kernel facilities the trackers use: a script executor (vrrp_script), a file watcher
 * (track_file), a process event source and /proc (vrrp_track_process). {@link #system} builds the
 * real ones; the inotify instance and the proc connector are opened only when a tracker first
 * needs them, so a configuration without track_file or track_process opens neither.
 */
public record TrackerPorts(
    ScriptExecutor scripts, FileWatcher files, ProcessEventSource processes, ProcFs proc)
    implements AutoCloseable {
  public TrackerPorts {
    Objects.requireNonNull(scripts);
    Objects.requireNonNull(files);
    Objects.requireNonNull(processes);
    Objects.requireNonNull(proc);
  }

  /** Ports that track nothing: scripts never finish, files and processes never change. */
  public static TrackerPorts none() {
    return new TrackerPorts((script, timeout, done) -> {}, new FileWatcher() {
      @Override
      public AutoCloseable watch(Path directory, Consumer<FileEvent> listener) {
        return () -> {};
      }

      @Override
      public void close() {}
    }, new ProcessEventSource() {
      @Override
      public AutoCloseable subscribe(Consumer<ProcEvent> listener, Runnable overrun) {
        return () -> {};
      }

      @Override
      public void close() {}
    }, new ProcFs(Path.of("/nonexistent-proc")));
  }

  /**
   * The real ports: scripts through {@code runner} as the accounts {@code runAs} resolves, inotify
   * and the proc connector opened on first use, and /proc.
   */
  public static TrackerPorts system(ScriptRunner runner, Function<ScriptSpec, RunAs> runAs) {
    return new TrackerPorts(new ScriptRunnerExecutor(runner, runAs), new LazyFileWatcher(),
        new LazyProcessEventSource(), ProcFs.system());
  }

  /**
   * The real ports with keepalived's choice of script identity: a script's own {@code user
   * [group]}, else {@code defaultRunAs} (from {@link Accounts#defaultRunAs}, the global
   * script_user).
   */
  public static TrackerPorts system(ScriptRunner runner, Accounts accounts, RunAs defaultRunAs) {
    return system(runner, spec -> accounts.runAs(spec.user(), spec.group(), defaultRunAs));
  }

  /** Closes the watcher and the event source (the script runner belongs to its creator). */
  @Override
  public void close() {
    files.close();
    processes.close();
  }

  /** Opens inotify on the first watch. */
  private static final class LazyFileWatcher implements FileWatcher {
    private FileWatcher real;

    @Override
    public synchronized AutoCloseable watch(Path directory, Consumer<FileEvent> listener)
        throws IOException {
      if (real == null) {
        real = InotifyFileWatcher.open();
      }
      return real.watch(directory, listener);
    }

    @Override
    public synchronized void close() {
      if (real != null) {
        real.close();
      }
    }
  }

  /** Opens the proc connector on the first subscription. */
  private static final class LazyProcessEventSource implements ProcessEventSource {
    private ProcessEventSource real;

    @Override
    public synchronized AutoCloseable subscribe(Consumer<ProcEvent> listener, Runnable overrun)
        throws IOException {
      if (real == null) {
        real = NetlinkProcessEventSource.open();
      }
      return real.subscribe(listener, overrun);
    }

    @Override
    public synchronized void close() {
      if (real != null) {
        real.close();
      }
    }
  }
}

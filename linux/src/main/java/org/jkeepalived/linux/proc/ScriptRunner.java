package org.jkeepalived.linux.proc;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scripts as keepalived does ({@code system_call_script}): a child process with the
 * daemon's environment (less NOTIFY_SOCKET, which is the daemon's own) and working directory, stdin/stdout/stderr on /dev/null (or stdout and
 * stderr captured), switched to the script's uid/gid, killed with SIGTERM when its timeout
 * expires and with SIGKILL one grace period later, and reported asynchronously.
 *
 * <p>The identity switch and keepalived's {@code PR_SET_PDEATHSIG(SIGTERM)} (a script dies with
 * the daemon) come from util-linux {@code setpriv}, present on every Debian install ({@code
 * /usr/bin/setpriv}); no native code is needed. The parent-death signal fires when the thread that
 * started the child ends, so every child is started from this runner's one long-lived thread, and
 * closing the runner ends its scripts.
 *
 * <p>setpriv costs a second exec per run, which doubled the CPU of 200 tracking scripts run every
 * second (bench/tracking: 1.79x keepalived with it, 0.89x without). So a script that runs as the
 * daemon's own identity and has a timeout (vrrp_script, checkers) is exec'd directly: while the
 * daemon lives its timeout kills it, and closing the runner kills it; only after a SIGKILL of the
 * daemon does such a script run on to its natural end instead of getting SIGTERM. Scripts without
 * a timeout (notify scripts) and scripts run as another user keep setpriv.
 *
 * <p>Differences from keepalived: children stay in the daemon's process group (a timeout signals
 * the script and its descendants instead of its group), and Java reports a death by signal N as
 * status 128+N, so exit statuses 129..192 read as signals.
 */
public final class ScriptRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);
  /** keepalived kills a child that ignored SIGTERM one second later (child_killed_thread). */
  public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(1);
  private static final int SIGTERM = 15;
  private static final int SIGKILL = 9;
  private static final int MAX_CAPTURE = 64 * 1024;

  private final Path setpriv;
  private final RunAs self;
  private final Duration killGrace;
  private final ScheduledThreadPoolExecutor loop;
  private final Set<Process> running = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A runner using {@code /usr/bin/setpriv} when present, for a daemon running as root. */
  public ScriptRunner() {
    this(findSetpriv(), RunAs.ROOT, DEFAULT_KILL_GRACE);
  }

  /**
   * @param setpriv the setpriv binary, or null to run without it (then only scripts that run as
   *     {@code self} can start)
   * @param self the daemon's own uid/gid: no identity switch is needed for scripts that run as it
   * @param killGrace how long a timed-out script has between SIGTERM and SIGKILL
   */
  public ScriptRunner(Path setpriv, RunAs self, Duration killGrace) {
    this.setpriv = setpriv;
    this.self = self;
    this.killGrace = killGrace;
    AtomicInteger n = new AtomicInteger();
    this.loop = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "script-runner-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    loop.setRemoveOnCancelPolicy(true);
  }

  /** {@code /usr/bin/setpriv} or {@code /bin/setpriv} when executable, else null. */
  public static Path findSetpriv() {
    for (String p : new String[] {"/usr/bin/setpriv", "/bin/setpriv"}) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  /** The identity scripts run as when they ask for none other. */
  public RunAs self() {
    return self;
  }

  /**
   * Starts a script; never blocks on the script. The future completes when it ends.
   *
   * @param timeout null or zero for none (notify scripts), else the time after which it is killed
   * @param captureOutput whether to collect stdout and stderr (at most 64 KiB) into the result
   */
  public CompletableFuture<ScriptRunResult> run(
      ScriptCommand command, Duration timeout, boolean captureOutput) {
    CompletableFuture<ScriptRunResult> result = new CompletableFuture<>();
    if (closed.get()) {
      result.complete(ScriptRunResult.startFailed("script runner closed"));
      return result;
    }
    try {
      loop.execute(() -> start(command, timeout, captureOutput, result));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      result.complete(ScriptRunResult.startFailed("script runner closed"));
    }
    return result;
  }

  /**
   * The full argument vector handed to the OS, with the setpriv prefix when used: for another
   * identity, and for a script without a timeout ({@code bounded} false), which only the
   * parent-death signal ends if the daemon is killed.
   */
  List<String> processArgs(ScriptCommand command, boolean bounded) {
    List<String> args = new ArrayList<>();
    boolean switchIdentity = !command.runAs().equals(self);
    if (setpriv != null && (switchIdentity || !bounded)) {
      args.add(setpriv.toString());
      args.add("--pdeathsig");
      args.add("TERM");
      if (switchIdentity) {
        String gid = Integer.toString(command.runAs().gid());
        args.addAll(List.of("--regid", gid, "--groups", gid));
        args.addAll(List.of("--reuid", Integer.toString(command.runAs().uid())));
      }
      args.add("--");
    } else if (switchIdentity) {
      throw new IllegalStateException("setpriv not found: cannot run a script as " + command.runAs());
    }
    List<String> argv = command.argv();
    char first = argv.get(0).charAt(0);
    if (first == '<' || first == '>') {
      // keepalived hands a redirection-only "script" to system(): /bin/sh -c
      args.addAll(List.of("/bin/sh", "-c", CommandLine.shellString(argv)));
    } else {
      args.addAll(argv);
    }
    return args;
  }

  private void start(
      ScriptCommand command, Duration timeout, boolean capture, CompletableFuture<ScriptRunResult> out) {
    long t0 = System.nanoTime();
    Process process;
    try {
      boolean bounded = timeout != null && !timeout.isZero() && !timeout.isNegative();
      ProcessBuilder pb = new ProcessBuilder(processArgs(command, bounded));
      withoutDaemonOnly(pb.environment());
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      if (capture) {
        pb.redirectErrorStream(true);
      } else {
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      process = pb.start();
    } catch (IOException | RuntimeException e) {
      out.complete(startError(e));
      return;
    }
    running.add(process);
    CompletableFuture<String> output = capture
        ? readAll(process.getInputStream(), command)
        : CompletableFuture.completedFuture("");
    AtomicInteger killedWith = new AtomicInteger();
    if (timeout != null && !timeout.isZero() && !timeout.isNegative()) {
      var timer = loop.schedule(
          () -> terminate(process, killedWith), timeout.toNanos(), TimeUnit.NANOSECONDS);
      process.onExit().thenRun(() -> timer.cancel(false));
    }
    process.onExit().thenCombine(output, (p, text) -> {
      running.remove(p);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
      int killed = killedWith.get();
      return ScriptRunResult.fromStatus(p.exitValue(), killed != 0, killed, text, elapsed);
    }).whenComplete((r, e) -> {
      if (e != null) {
        out.completeExceptionally(e);
      } else {
        out.complete(r);
      }
    });
  }

  /**
   * Variables that address the daemon alone, dropped from a script's environment: systemd's
   * NOTIFY_SOCKET (sd_notify(3)) would let a notify script send READY=1 or STOPPING=1 for the
   * daemon's unit, and systemd takes messages from any process of the unit's cgroup when
   * NotifyAccess=all; sd_notify's own unset_environment drops it for the same reason.
   */
  static final List<String> DAEMON_ONLY = List.of("NOTIFY_SOCKET");

  /** Removes {@link #DAEMON_ONLY} from a child's environment; keeps every other variable. */
  static void withoutDaemonOnly(Map<String, String> environment) {
    DAEMON_ONLY.forEach(environment::remove);
  }

  private static ScriptRunResult startError(Exception e) {
    String msg = String.valueOf(e.getMessage());
    // ProcessBuilder reports the exec errno as "error=N"
    if (msg.contains("error=2,")) {
      return new ScriptRunResult(ScriptRunResult.Outcome.NOT_FOUND, 127, 0, msg, Duration.ZERO);
    }
    if (msg.contains("error=13,")) {
      return new ScriptRunResult(ScriptRunResult.Outcome.NOT_EXECUTABLE, 126, 0, msg, Duration.ZERO);
    }
    return ScriptRunResult.startFailed(msg);
  }

  /** SIGTERM to the script and its descendants now, SIGKILL to the survivors after the grace. */
  private void terminate(Process process, AtomicInteger killedWith) {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    killedWith.set(SIGTERM);
    tree.forEach(ProcessHandle::destroy);
    loop.schedule(() -> {
      if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
        killedWith.set(SIGKILL);
        tree.forEach(ProcessHandle::destroyForcibly);
      }
    }, killGrace.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static CompletableFuture<String> readAll(InputStream in, ScriptCommand command) {
    CompletableFuture<String> text = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      try (in) {
        int n;
        while ((n = in.read(chunk)) > 0) {
          buf.write(chunk, 0, Math.min(n, Math.max(0, MAX_CAPTURE - buf.size())));
        }
      } catch (IOException e) {
        LOG.debug("Reading output of {}: {}", command, e.getMessage());
      }
      text.complete(buf.toString(StandardCharsets.UTF_8));
    }, "script-output");
    reader.setDaemon(true);
    reader.start();
    return text;
  }

  /** Scripts still running (for status and the data dump). */
  public int runningCount() {
    return running.size();
  }

  /**
   * Sends SIGTERM to every running script, waits up to the kill grace for them, then SIGKILLs
   * the rest and stops the runner (keepalived's script_killall at shutdown).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Map<Process, List<ProcessHandle>> trees = new java.util.HashMap<>();
    for (Process p : running) {
      List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
      tree.add(p.toHandle());
      tree.forEach(ProcessHandle::destroy);
      trees.put(p, tree);
    }
    long deadline = System.nanoTime() + killGrace.toNanos();
    for (Process p : trees.keySet()) {
      try {
        p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    trees.values().forEach(t -> t.stream().filter(ProcessHandle::isAlive)
        .forEach(ProcessHandle::destroyForcibly));
    loop.shutdownNow();
  }
}

package org.jkeepalived.agent.daemon;

import java.util.Set;
import java.util.function.Consumer;
import org.jkeepalived.linux.proc.IgnoredSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Installs the daemon's POSIX signal handlers. The JVM runs handlers on its own signal thread; the
 * handlers here only hand the event to {@code sink}, which must return quickly.
 */
public final class Signals {
  private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
  private static final int SIGHUP = 1;
  private static final int SIGINT = 2;
  private static final int SIGTERM = 15;

  private Signals() {}

  /** What a signal asks the daemon to do. */
  public enum Request {
    STOP,
    RELOAD,
    DATA,
    STATS,
    /** Nothing to do: the start-up warm-up of the signal path (see {@link #warmUp()}). */
    WARM_UP
  }

  /**
   * Routes SIGTERM and SIGINT to STOP, SIGHUP to RELOAD, SIGUSR1 to DATA, SIGUSR2 to STATS. A stop
   * or reload signal the daemon inherited as ignored (nohup, a shell's background job) is handled
   * all the same, as keepalived does: the JVM would otherwise leave it ignored without a word.
   */
  public static void install(Consumer<Request> sink) {
    Set<Integer> ignored = IgnoredSignals.current();
    for (int signum : new int[] {SIGHUP, SIGINT, SIGTERM}) {
      if (ignored.contains(signum) && !IgnoredSignals.restoreDefault(signum)) {
        LOG.warn("Signal {} was ignored when the daemon started and stays ignored", signum);
      }
    }
    handle("TERM", Request.STOP, sink);
    handle("INT", Request.STOP, sink);
    handle("HUP", Request.RELOAD, sink);
    handle("USR1", Request.DATA, sink);
    handle("USR2", Request.STATS, sink);
    installWarmUp(sink);
  }

  /** Only the warm-up signal's handler (tests must not take over SIGTERM of their JVM). */
  static void installWarmUp(Consumer<Request> sink) {
    handle("WINCH", Request.WARM_UP, sink);
  }

  /**
   * Sends the daemon a SIGWINCH (ignored by default, never sent to a daemon without a terminal)
   * so that the JVM's signal dispatch and the daemon's request loop run once before a real
   * signal arrives: the first signal otherwise took ~22 ms to reach the loop against 1-3 ms later
   * (class loading and the dispatch thread's first start), which delayed the priority-0 advert of
   * a clean stop (bench/failover, SIGTERM).
   */
  public static void warmUp() {
    try {
      Signal.raise(new Signal("WINCH"));
    } catch (IllegalArgumentException e) {
      // no handler could be installed: nothing to warm
    }
  }

  private static void handle(String name, Request request, Consumer<Request> sink) {
    try {
      Signal.handle(new Signal(name), s -> sink.accept(request));
    } catch (IllegalArgumentException e) {
      // The JVM reserves some signals (e.g. USR1 with some GC options); the rest still work.
    }
  }
}

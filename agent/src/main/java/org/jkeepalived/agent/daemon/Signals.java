package org.jkeepalived.agent.daemon;

import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * Installs the daemon's POSIX signal handlers. The JVM runs handlers on its own signal thread; the
 * handlers here only hand the event to {@code sink}, which must return quickly.
 */
public final class Signals {
  private Signals() {}

  /** What a signal asks the daemon to do. */
  public enum Request {
    STOP,
    RELOAD,
    DATA,
    STATS
  }

  /** Routes SIGTERM and SIGINT to STOP, SIGHUP to RELOAD, SIGUSR1 to DATA, SIGUSR2 to STATS. */
  public static void install(Consumer<Request> sink) {
    handle("TERM", Request.STOP, sink);
    handle("INT", Request.STOP, sink);
    handle("HUP", Request.RELOAD, sink);
    handle("USR1", Request.DATA, sink);
    handle("USR2", Request.STATS, sink);
  }

  private static void handle(String name, Request request, Consumer<Request> sink) {
    try {
      Signal.handle(new Signal(name), s -> sink.accept(request));
    } catch (IllegalArgumentException e) {
      // The JVM reserves some signals (e.g. USR1 with some GC options); the rest still work.
    }
  }
}

package org.jkeepalived.agent.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The signal functions of {@code --signum=SIGFUNC}: which signal a script sends to the daemon to
 * make it stop, reload, dump its data, stats or JSON. The numbers are keepalived 2.2.7's on Linux
 * (STATS_CLEAR and JSON are real-time signals, SIGRTMIN-based).
 */
public enum SignalFunction {
  STOP(15),
  RELOAD(1),
  DATA(10),
  STATS(12),
  STATS_CLEAR(63),
  JSON(36);

  private final int number;

  SignalFunction(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** The function named {@code name} (case-insensitive), if there is one. */
  public static Optional<SignalFunction> parse(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

package org.jkeepalived.agent.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jkeepalived.mibs.config.ScriptSpec;

/** One thing a notifier does for a state change: run a script or write a FIFO line. */
public sealed interface NotifyAction permits NotifyAction.RunScript, NotifyAction.FifoLine {

  /**
   * Runs a configured script with keepalived's extra arguments appended.
   *
   * @param timeout null for none; keepalived kills a notify_stop script after one second
   */
  record RunScript(ScriptSpec script, List<String> extraArgs, Duration timeout)
      implements NotifyAction {
    public RunScript {
      Objects.requireNonNull(script);
      extraArgs = List.copyOf(extraArgs);
    }
  }

  /** A line for the notify FIFOs, without its newline, e.g. {@code INSTANCE "VI_1" MASTER 100}. */
  record FifoLine(String line) implements NotifyAction {
    public FifoLine {
      Objects.requireNonNull(line);
    }
  }
}

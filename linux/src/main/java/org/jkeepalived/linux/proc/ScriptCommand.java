package org.jkeepalived.linux.proc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One script run: the program and its arguments (already split, see {@link CommandLine}) and the
 * identity to run it as.
 */
public record ScriptCommand(List<String> argv, RunAs runAs) {
  public ScriptCommand {
    argv = List.copyOf(argv);
    Objects.requireNonNull(runAs);
    if (argv.isEmpty() || argv.get(0).isEmpty()) {
      throw new IllegalArgumentException("a script needs a program");
    }
  }

  /** This command with more arguments appended (keepalived's notify parameters). */
  public ScriptCommand withArgs(List<String> extra) {
    List<String> all = new ArrayList<>(argv);
    all.addAll(extra);
    return new ScriptCommand(all, runAs);
  }

  /** The command as keepalived logs it. */
  @Override
  public String toString() {
    return CommandLine.shellString(argv) + " as " + runAs;
  }
}

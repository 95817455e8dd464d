package org.jkeepalived.mibs.config;

import java.util.List;

/**
 * A script keepalived runs: its command words (the first is the program) and the user and group
 * to run it as (null: the global script_user, else keepalived_script or root).
 */
public record ScriptSpec(List<String> command, String user, String group) {
  public ScriptSpec {
    command = List.copyOf(command);
  }

  /** The command as one line, words separated by spaces (for logs and the dump). */
  public String commandLine() {
    return String.join(" ", command);
  }
}

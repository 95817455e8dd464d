package org.jkeepalived.engine.script;

import java.time.Duration;
import java.util.function.Consumer;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * Port: runs a script as its configured user and reports how it ended. The real one sends SIGTERM
 * to the script's process group at {@code timeout} and SIGKILL if it lingers, and reports such a
 * run as {@link ScriptOutcome#timedOut()} (keepalived's "timed_out"). Backed by the notify
 * helper's ScriptRunner.
 */
public interface ScriptExecutor {
  /**
   * Starts the script; {@code done} is called exactly once, on any thread, when it has ended. A
   * script that cannot be started is reported as exited with status 127, as a shell would.
   */
  void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done);
}

package org.jkeepalived.engine.script;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptCommand;
import org.jkeepalived.linux.proc.ScriptRunResult;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.mibs.config.ScriptSpec;

/**
 * {@link ScriptExecutor} on the notify helper's {@link ScriptRunner}. Exit statuses 126 and 127
 * are failures like any other non-zero status: keepalived 2.2.7 run as an oracle logged
 * "VRRP_Script(s127) failed (exited with status 127)" and lowered the priority by the script's
 * weight (a program that is missing altogether is refused earlier, by the config's script
 * security check). A run that could not be started counts for nothing.
 */
public final class ScriptRunnerExecutor implements ScriptExecutor {
  private final ScriptRunner runner;
  private final Function<ScriptSpec, RunAs> accounts;

  /**
   * @param accounts resolves a script's user and group (or the global script_user) to ids
   */
  public ScriptRunnerExecutor(ScriptRunner runner, Function<ScriptSpec, RunAs> accounts) {
    this.runner = runner;
    this.accounts = accounts;
  }

  @Override
  public void execute(ScriptSpec script, Duration timeout, Consumer<ScriptOutcome> done) {
    RunAs as;
    try {
      as = accounts.apply(script);
    } catch (RuntimeException e) {
      done.accept(ScriptOutcome.notRun());
      return;
    }
    runner.run(new ScriptCommand(script.command(), as), timeout, false)
        .whenComplete((r, err) -> done.accept(err != null ? ScriptOutcome.notRun() : outcome(r)));
  }

  /** Maps the runner's result to what the rise/fall counter counts. */
  static ScriptOutcome outcome(ScriptRunResult r) {
    return switch (r.outcome()) {
      case EXITED, NOT_FOUND, NOT_EXECUTABLE -> ScriptOutcome.exited(r.exitCode());
      case SIGNALLED -> ScriptOutcome.signalled(r.signal());
      case TIMED_OUT -> ScriptOutcome.timedOut();
      case START_FAILED -> ScriptOutcome.notRun();
    };
  }
}

package org.jkeepalived.linux.proc;

import java.time.Duration;
import java.util.Objects;

/**
 * How a script run ended.
 *
 * @param outcome the kind of ending
 * @param exitCode the exit status for {@link Outcome#EXITED} (also 126/127 for the not-run
 *     outcomes), else -1
 * @param signal the signal that ended it for {@link Outcome#SIGNALLED} and {@link
 *     Outcome#TIMED_OUT} (15 or 9), else 0
 * @param output what the script wrote to stdout and stderr when capture was asked for, why it
 *     did not start for {@link Outcome#START_FAILED}, else ""
 * @param elapsed from start to end
 */
public record ScriptRunResult(
    Outcome outcome, int exitCode, int signal, String output, Duration elapsed) {

  /** How a script run ended. */
  public enum Outcome {
    /** The script ran and exited with {@code exitCode}. */
    EXITED,
    /** A signal not sent by the runner ended it. */
    SIGNALLED,
    /** The runner ended it after the timeout (SIGTERM, then SIGKILL after a grace period). */
    TIMED_OUT,
    /**
     * Exit status 127: the program was not found. Measured on keepalived 2.2.7: a track script
     * exiting 127 is logged as "failed (exited with status 127)" and counts as a failure.
     */
    NOT_FOUND,
    /**
     * Exit status 126: the program could not be executed. Measured on keepalived 2.2.7: it counts
     * as a failure like any non-zero exit.
     */
    NOT_EXECUTABLE,
    /** No process could be started (fork failure, setpriv missing, runner closed). */
    START_FAILED
  }

  public ScriptRunResult {
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(output);
    Objects.requireNonNull(elapsed);
  }

  /** Exited with status 0. */
  public boolean succeeded() {
    return outcome == Outcome.EXITED && exitCode == 0;
  }

  /**
   * Whether a tracker should count this run as a failure: a non-zero exit (126/127 included: the
   * real keepalived 2.2.7 counts them, contrary to older documentation), a signal or a timeout.
   * A process that could not be started at all is not a verdict on the tracked service.
   */
  public boolean isFailure() {
    return switch (outcome) {
      case EXITED -> exitCode != 0;
      case SIGNALLED, TIMED_OUT, NOT_FOUND, NOT_EXECUTABLE -> true;
      case START_FAILED -> false;
    };
  }

  static ScriptRunResult fromStatus(int status, boolean timedOut, int killSignal, String output, Duration elapsed) {
    if (timedOut) {
      return new ScriptRunResult(Outcome.TIMED_OUT, -1, killSignal, output, elapsed);
    }
    // Java folds a death by signal N into status 128+N (as a shell does)
    if (status > 128 && status <= 128 + 64) {
      return new ScriptRunResult(Outcome.SIGNALLED, -1, status - 128, output, elapsed);
    }
    if (status == 127) {
      return new ScriptRunResult(Outcome.NOT_FOUND, 127, 0, output, elapsed);
    }
    if (status == 126) {
      return new ScriptRunResult(Outcome.NOT_EXECUTABLE, 126, 0, output, elapsed);
    }
    return new ScriptRunResult(Outcome.EXITED, status, 0, output, elapsed);
  }

  /** A run that never started; {@code why} goes in the output. */
  public static ScriptRunResult startFailed(String why) {
    return new ScriptRunResult(Outcome.START_FAILED, -1, 0, why, Duration.ZERO);
  }
}

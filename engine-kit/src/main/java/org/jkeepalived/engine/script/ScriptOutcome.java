package org.jkeepalived.engine.script;

/**
 * How one run of a script (a vrrp_script, a MISC_CHECK) ended. keepalived 2.2.7 counts every
 * non-zero exit status as a failure, 126 (not executable) and 127 (not found) included (checked
 * against the real daemon: "VRRP_Script(s127) failed (exited with status 127)" lowered the
 * priority), and a run it had to kill after its timeout as a failure too.
 *
 * @param code the exit status (EXITED), the signal number (SIGNALLED), or 0 (TIMED_OUT)
 */
public record ScriptOutcome(Kind kind, int code) {
  /** The ways a script run ends. */
  public enum Kind {
    EXITED,
    SIGNALLED,
    TIMED_OUT,
    /** No process could be started (fork failure): keepalived counts no result for the run. */
    NOT_RUN
  }

  public static ScriptOutcome exited(int status) {
    return new ScriptOutcome(Kind.EXITED, status);
  }

  public static ScriptOutcome signalled(int signal) {
    return new ScriptOutcome(Kind.SIGNALLED, signal);
  }

  public static ScriptOutcome timedOut() {
    return new ScriptOutcome(Kind.TIMED_OUT, 0);
  }

  public static ScriptOutcome notRun() {
    return new ScriptOutcome(Kind.NOT_RUN, 0);
  }

  /** Only an exit status of 0 is a success. */
  public boolean succeeded() {
    return kind == Kind.EXITED && code == 0;
  }
}

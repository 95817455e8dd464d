package org.jkeepalived.lvs.check.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptFileSecurity;
import org.jkeepalived.linux.proc.ScriptFileSecurity.Flag;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checker process's run-time script check (check_misc.c {@code check_misc_script_security},
 * run on every MISC_CHECK when the configuration is loaded): keepalived's {@code
 * check_script_secure} on the program, as the identity the script runs as. A script that is
 * insecure under {@code enable_script_security} ("Disabling misc script X due to insecure"), not
 * found ("... since not found/accessible"), or not executable is removed: its checker never runs
 * and never reports. That leaves the real server where the checker's start put it: counted up
 * without {@code alpha}; down for good with {@code alpha}, since keepalived marks an alpha
 * checker failed before this check and nothing clears it once the checker is gone.
 */
public final class MiscScriptCheck {
  private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

  private final Function<ScriptSpec, RunAs> runAs;
  private final boolean scriptSecurity;
  private final String searchPath;

  /**
   * @param runAs the identity a script runs as (its user and group, else the default script
   *     user); throws IllegalArgumentException for an unknown user
   * @param scriptSecurity whether {@code enable_script_security} is set
   * @param searchPath the PATH searched for a bare program name
   */
  public MiscScriptCheck(
      Function<ScriptSpec, RunAs> runAs, boolean scriptSecurity, String searchPath) {
    this.runAs = runAs;
    this.scriptSecurity = scriptSecurity;
    this.searchPath = searchPath;
  }

  /** With the daemon's PATH (glibc's default when it has none). */
  public MiscScriptCheck(Function<ScriptSpec, RunAs> runAs, boolean scriptSecurity) {
    this(runAs, scriptSecurity, System.getenv("PATH") == null
        ? ScriptFileSecurity.DEFAULT_PATH : System.getenv("PATH"));
  }

  /** What keepalived decides for one script: the script to run, or why it is removed. */
  public record Decision(Optional<ScriptSpec> run, List<String> log) {
    public Decision {
      log = List.copyOf(log);
    }
  }

  /** Checks {@code script}; the script to run has its program resolved as keepalived runs it. */
  public Decision check(ScriptSpec script) {
    List<String> log = new ArrayList<>();
    RunAs who;
    try {
      who = runAs.apply(script);
    } catch (IllegalArgumentException e) {
      log.add("Disabling misc script " + script.commandLine() + " since not found/accessible");
      return new Decision(Optional.empty(), log);
    }
    ScriptFileSecurity.Result r =
        ScriptFileSecurity.check(script.command().get(0), who, scriptSecurity, searchPath);
    log.addAll(r.messages());
    if (r.flags().contains(Flag.INHIBIT)) {
      log.add("Disabling misc script " + script.commandLine() + " due to insecure");
    } else if (r.flags().contains(Flag.NOT_FOUND)) {
      log.add("Disabling misc script " + script.commandLine() + " since not found/accessible");
    }
    if (!r.runnable()) {
      return new Decision(Optional.empty(), log);
    }
    if (r.flags().contains(Flag.SYSTEM)) {
      return new Decision(Optional.of(script), log);
    }
    List<String> command = new ArrayList<>(script.command());
    command.set(0, r.program());
    return new Decision(Optional.of(new ScriptSpec(command, script.user(), script.group())), log);
  }

  /** Checks and logs keepalived's lines; empty when the checker is removed. */
  public Optional<ScriptSpec> vet(ScriptSpec script) {
    Decision d = check(script);
    d.log().forEach(LOG::info);
    return d.run();
  }
}

package org.jkeepalived.agent.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptCommand;
import org.jkeepalived.linux.proc.ScriptRunResult;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.linux.proc.ScriptFileSecurity;
import org.jkeepalived.mibs.config.ScriptSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns configured scripts into runs: resolves the user and group (the script's own, else the
 * default script user), applies keepalived's script check once per script (a script that is
 * missing, not executable, or insecure under enable_script_security is disabled and never run),
 * and starts it without waiting.
 */
public final class ScriptLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(ScriptLauncher.class);

  private final ScriptRunner runner;
  private final Accounts accounts;
  private final RunAs defaultRunAs;
  private final boolean scriptSecurity;
  private final Map<ScriptSpec, Optional<ScriptCommand>> checked = new ConcurrentHashMap<>();

  public ScriptLauncher(ScriptRunner runner, Accounts accounts, RunAs defaultRunAs, boolean scriptSecurity) {
    this.runner = runner;
    this.accounts = accounts;
    this.defaultRunAs = defaultRunAs;
    this.scriptSecurity = scriptSecurity;
  }

  /** Starts the script with {@code extraArgs} appended; the future reports how it ended. */
  public CompletableFuture<ScriptRunResult> launch(ScriptSpec spec, List<String> extraArgs, Duration timeout) {
    Optional<ScriptCommand> cmd = checked.computeIfAbsent(spec, this::check);
    if (cmd.isEmpty()) {
      return CompletableFuture.completedFuture(
          ScriptRunResult.startFailed("script disabled: " + spec.commandLine()));
    }
    ScriptCommand full = cmd.get().withArgs(extraArgs);
    return runner.run(full, timeout, false).whenComplete((r, e) -> {
      if (e != null) {
        LOG.warn("Script {} failed: {}", full, e.toString());
      } else if (r.outcome() == ScriptRunResult.Outcome.NOT_FOUND) {
        LOG.warn("Couldn't find command: {}", full);
      } else if (r.outcome() == ScriptRunResult.Outcome.NOT_EXECUTABLE) {
        LOG.warn("Couldn't execute command: {}", full);
      } else if (r.outcome() == ScriptRunResult.Outcome.START_FAILED) {
        LOG.warn("Error exec-ing command {}: {}", full, r.output());
      } else {
        LOG.debug("Script {} ended: {}", full, r);
      }
    });
  }

  private Optional<ScriptCommand> check(ScriptSpec spec) {
    RunAs runAs;
    try {
      runAs = accounts.runAs(spec.user(), spec.group(), defaultRunAs);
    } catch (IllegalArgumentException e) {
      LOG.warn("Invalid user/group for script {} - ignoring: {}", spec.commandLine(), e.getMessage());
      return Optional.empty();
    }
    List<String> argv = spec.command();
    ScriptFileSecurity.Result r = ScriptFileSecurity.check(argv.get(0), runAs, scriptSecurity);
    r.messages().forEach(m -> LOG.info("{}", m));
    if (!r.runnable()) {
      LOG.warn("Disabling notify script {}", spec.commandLine());
      return Optional.empty();
    }
    List<String> resolved = new java.util.ArrayList<>(argv);
    if (!r.flags().contains(ScriptFileSecurity.Flag.SYSTEM)) {
      resolved.set(0, r.program());
    }
    return Optional.of(new ScriptCommand(resolved, runAs));
  }
}

package org.jkeepalived.agent.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jkeepalived.linux.proc.Accounts;
import org.jkeepalived.linux.proc.RunAs;
import org.jkeepalived.linux.proc.ScriptRunner;
import org.jkeepalived.mibs.config.KeepalivedConfig;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single entry point of the notifiers: opens the notify FIFOs (starting their scripts) and
 * subscribes the VRRP notifier to the store. Close it at shutdown (after the engines have
 * published their STOP states and the store has delivered them): it unsubscribes, closes and
 * unlinks the FIFOs, and ends running scripts (SIGTERM, SIGKILL a second later).
 *
 * <pre>{@code
 * Notifiers notifiers = Notifiers.start(store, config);   // after the config load
 * ...
 * notifiers.close();                                     // at shutdown
 * }</pre>
 *
 * On a reload that changes global_defs FIFOs or script settings, close and start again.
 */
public final class Notifiers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Notifiers.class);

  private final ObjectStore.Subscription subscription;
  private final List<NotifyFifo> fifos;
  private final ScriptRunner runner;
  private final ScriptLauncher launcher;

  private Notifiers(
      ObjectStore.Subscription subscription, List<NotifyFifo> fifos, ScriptRunner runner,
      ScriptLauncher launcher) {
    this.subscription = subscription;
    this.fifos = fifos;
    this.runner = runner;
    this.launcher = launcher;
  }

  /** Starts the notifiers for a configuration, with the system's accounts and setpriv. */
  public static Notifiers start(ObjectStore store, KeepalivedConfig config) {
    return start(store, NotifySettings.from(config), new ScriptRunner(), Accounts.system());
  }

  /**
   * Starts the notifiers; the runner becomes theirs (closed with them).
   *
   * @param accounts where script and FIFO users and groups are looked up
   */
  public static Notifiers start(
      ObjectStore store, NotifySettings settings, ScriptRunner runner, Accounts accounts) {
    Objects.requireNonNull(store);
    RunAs defaultRunAs;
    try {
      defaultRunAs = accounts.defaultRunAs(settings.scriptUser(), settings.scriptGroup(), runner.self());
    } catch (IllegalArgumentException e) {
      LOG.error("Unable to set default user for scripts: {}", e.getMessage());
      defaultRunAs = runner.self();
    }
    ScriptLauncher launcher =
        new ScriptLauncher(runner, accounts, defaultRunAs, settings.scriptSecurity());
    List<NotifyFifo> fifos = new ArrayList<>(2);
    for (var spec : List.of(settings.globalFifo(), settings.vrrpFifo())) {
      NotifyFifo fifo = NotifyFifo.open(spec, accounts, runner.self(), launcher);
      if (fifo != null) {
        fifos.add(fifo);
      }
    }
    VrrpNotifyListener listener = new VrrpNotifyListener(
        store, new VrrpNotifyPlanner(settings.priorityChanges()), launcher, fifos);
    ObjectStore.Subscription sub = store.subscribe(Domain.VRRP, "vrrp-notify", listener);
    return new Notifiers(sub, fifos, runner, launcher);
  }

  /** The launcher the notifiers run scripts with (for other script users, e.g. LVS notify). */
  public ScriptLauncher launcher() {
    return launcher;
  }

  @Override
  public void close() {
    subscription.close();
    fifos.forEach(NotifyFifo::close);
    runner.close();
  }
}

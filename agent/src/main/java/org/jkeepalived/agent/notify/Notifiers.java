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

  private final List<ObjectStore.Subscription> subscriptions;
  private final List<NotifyFifo> fifos;
  private final ScriptRunner runner;
  private final ScriptLauncher launcher;

  private Notifiers(
      List<ObjectStore.Subscription> subscriptions, List<NotifyFifo> fifos, ScriptRunner runner,
      ScriptLauncher launcher) {
    this.subscriptions = List.copyOf(subscriptions);
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
    NotifyFifo global = NotifyFifo.open(settings.globalFifo(), accounts, runner.self(), launcher);
    NotifyFifo vrrp = NotifyFifo.open(settings.vrrpFifo(), accounts, runner.self(), launcher);
    NotifyFifo lvs = NotifyFifo.open(settings.lvsFifo(), accounts, runner.self(), launcher);
    List<NotifyFifo> vrrpFifos = present(global, vrrp);
    List<NotifyFifo> lvsFifos = present(global, lvs);
    VrrpNotifyListener listener = new VrrpNotifyListener(
        store, new VrrpNotifyPlanner(settings.priorityChanges()), launcher, vrrpFifos);
    List<ObjectStore.Subscription> subs = new ArrayList<>();
    subs.add(store.subscribe(Domain.VRRP, "vrrp-notify", VrrpNotifyListener::relevant, listener));
    if (!lvsFifos.isEmpty()) {
      subs.add(store.subscribe(Domain.CHECK, "lvs-notify-fifo",
          new LvsFifoListener(store, lvsFifos)));
    }
    return new Notifiers(subs, present(global, vrrp, lvs), runner, launcher);
  }

  private static List<NotifyFifo> present(NotifyFifo... fifos) {
    List<NotifyFifo> out = new ArrayList<>(fifos.length);
    for (NotifyFifo f : fifos) {
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The launcher the notifiers run scripts with (for other script users, e.g. LVS notify). */
  public ScriptLauncher launcher() {
    return launcher;
  }

  @Override
  public void close() {
    subscriptions.forEach(ObjectStore.Subscription::close);
    fifos.forEach(NotifyFifo::close);
    runner.close();
  }
}

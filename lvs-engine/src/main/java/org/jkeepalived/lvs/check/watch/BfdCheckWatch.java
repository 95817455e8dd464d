package org.jkeepalived.lvs.check.watch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkeepalived.lvs.check.CheckId;
import org.jkeepalived.lvs.check.CheckListener;
import org.jkeepalived.lvs.check.CheckVerdict;
import org.jkeepalived.lvs.check.run.RunningCheck;
import org.jkeepalived.mibs.config.BfdInstanceConfig;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Domain;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.jkeepalived.mibs.store.StoreEvent;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BFD_CHECK (check_bfd.c): the real server is up while the named bfd_instance session is Up, and
 * down otherwise, including while the BFD engine has published no state for it. The session
 * reaches the checkers only as its bfdSessTable row in the store (found by the config row's
 * name), never by a call into the BFD engine. Logs keepalived's "BFD check of [NAME] RS(S) is
 * UP|DOWN" on each change.
 */
public final class BfdCheckWatch implements RunningCheck {
  private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

  private final CheckId id;
  private final String session;
  private final String service;
  private final ObjectStore store;
  private final CheckListener listener;
  private CheckVerdict current = CheckVerdict.up("initial");
  private ObjectStore.Subscription subscription;
  private boolean stopped;

  public BfdCheckWatch(CheckId id, String session, String service, ObjectStore store,
      CheckListener listener) {
    this.id = id;
    this.session = session;
    this.service = service;
    this.store = store;
    this.listener = listener;
  }

  @Override
  public void start() {
    ObjectStore.Subscription s = store.subscribe(Domain.BFD, "BFD_CHECK " + id, this::onEvents);
    synchronized (this) {
      subscription = s;
    }
    update(store.snapshot());
  }

  private void onEvents(List<StoreEvent> events) {
    if (events.stream().anyMatch(e -> e.is(Tables.BFD_SESS))) {
      update(store.snapshot());
    }
  }

  /** The named session's state in {@code snap}; empty when not configured or not published. */
  static Optional<BfdState> sessionState(StoreSnapshot snap, String name) {
    for (Map.Entry<Index, BfdInstanceConfig> e : snap.configs(Tables.BFD_SESS).entrySet()) {
      if (e.getValue().name().equals(name)) {
        return snap.state(Tables.BFD_SESS, e.getKey()).map(BfdSessState::state);
      }
    }
    return Optional.empty();
  }

  private synchronized void update(StoreSnapshot snap) {
    if (stopped) {
      return;
    }
    boolean up = sessionState(snap, session).orElse(BfdState.DOWN) == BfdState.UP;
    if (up == current.up()) {
      return;
    }
    String line = "BFD check of [" + session + "] RS(" + service + ") is "
        + (up ? "UP" : "DOWN");
    LOG.info(line);
    current = up ? CheckVerdict.up(line) : CheckVerdict.down(line);
    listener.verdict(id, current);
  }

  @Override
  public void suspend(boolean suspended) {
    // keepalived's BFD checker has no thread of its own: ha_suspend does not stop it
  }

  @Override
  public synchronized void stop() {
    stopped = true;
    if (subscription != null) {
      subscription.close();
    }
  }
}

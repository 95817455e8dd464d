package org.jkeepalived.vrrp.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.vrrp.track.BfdTracker;

/**
 * track_bfd's input: the {@link Tables#BFD_SESS} rows the BFD engine publishes, turned into
 * {@link BfdTracker} reports for the bfd_instances the instances track. BFD session state reaches
 * VRRP only this way, as store rows (no engine calls another). A session is found by its
 * bfd_instance name, the config row's name; only sessions that notify VRRP count (bfd_instance
 * {@code vrrp}/{@code checker}). A tracked session without a state row (BFD has not run it yet) or
 * whose row went away is down, as keepalived starts every tracked BFD instance down. Loop only.
 */
final class BfdSessionFeed {
  private final BfdTracker tracker;
  /** What was fed last, by bfd_instance name. */
  private Map<String, BfdState> fed = Map.of();

  BfdSessionFeed(BfdTracker tracker) {
    this.tracker = tracker;
  }

  /**
   * Reports the sessions named in {@code tracked} as {@code snap} has them; a session fed before
   * that is no longer tracked or configured is reported removed. The tracker passes on changes
   * only.
   */
  void feed(StoreSnapshot snap, Set<String> tracked) {
    Map<String, BfdState> now = new HashMap<>();
    Map<Index, BfdSessState> states = snap.states(Tables.BFD_SESS);
    snap.configs(Tables.BFD_SESS).forEach((i, c) -> {
      if (c.toVrrp() && tracked.contains(c.name())) {
        BfdSessState s = states.get(i);
        now.put(c.name(), s == null ? BfdState.DOWN : s.state());
      }
    });
    fed.keySet().stream().filter(n -> !now.containsKey(n)).forEach(tracker::removed);
    now.forEach(tracker::sessionState);
    fed = now;
  }
}

package org.jkeepalived.vrrp.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.mibs.model.BfdSessState;
import org.jkeepalived.mibs.model.BfdState;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.StoreSnapshot;
import org.jkeepalived.vrrp.fsm.VrrpEvent;

/**
 * jkeepalived's {@code bfd_fast_takeover} (in the spirit of draft-ietf-rtgwg-vrrp-bfd-p2p): when
 * the bfd_instance an instance names leaves Up, the instance gets {@link VrrpEvent.MasterPeerDown}
 * (its state machine acts on it in BACKUP only). Only an Up to not-Up edge of the bfdSessTable row
 * counts: a session that never came up says nothing about the master. Loop only.
 */
final class BfdFastTakeover {
  /** The session states seen last, by bfd_instance name. */
  private Map<String, BfdState> last = Map.of();

  /**
   * Reads the sessions from {@code snap}; tells the instances whose session just went down.
   * Returns whether it told one (its row is then to be published).
   */
  boolean sessions(StoreSnapshot snap, Collection<InstanceRuntime> instances) {
    boolean told = false;
    Map<String, BfdState> now = new HashMap<>();
    Map<org.jkeepalived.mibs.store.Index, BfdSessState> states = snap.states(Tables.BFD_SESS);
    snap.configs(Tables.BFD_SESS).forEach((i, c) -> {
      BfdSessState s = states.get(i);
      now.put(c.name(), s == null ? BfdState.DOWN : s.state());
    });
    for (InstanceRuntime r : instances) {
      String name = name(r.row());
      if (name != null && last.get(name) == BfdState.UP && now.get(name) != BfdState.UP
          && r.engine() != null) {
        r.engine().handle(new VrrpEvent.MasterPeerDown());
        told = true;
      }
    }
    last = now;
    return told;
  }

  private static String name(VrrpInstanceConfig c) {
    return c.tracking() == null ? null : c.tracking().bfdFastTakeover();
  }
}

package org.jkeepalived.vrrp.fsm;

import java.util.List;
import java.util.Objects;

/** The result of one step: the new state and the actions to perform, in order. */
public record Transition(VrrpFsmInstanceState next, List<VrrpAction> actions) {
  public Transition {
    Objects.requireNonNull(next, "next");
    actions = List.copyOf(actions);
  }
}

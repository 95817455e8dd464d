package org.jkeepalived.mibs.model;

import java.util.Objects;

/** What the tracker observes of one vrrp_script (state part of vrrpScriptTable). */
public record VrrpScriptState(ScriptResult result) {
  public VrrpScriptState {
    Objects.requireNonNull(result);
  }
}

package org.jkeepalived.agent.notify;

import org.jkeepalived.mibs.model.VrrpState;

/** The state words keepalived passes to notify scripts and writes to the FIFOs. */
enum NotifyState {
  MASTER,
  BACKUP,
  FAULT,
  STOP,
  DELETED;

  /** The notify state for a store state, or null for states keepalived sends nothing for. */
  static NotifyState of(VrrpState state) {
    return switch (state) {
      case MASTER -> MASTER;
      case BACKUP -> BACKUP;
      case FAULT -> FAULT;
      case SHUTDOWN -> STOP;
      case DELETED -> DELETED;
      case INIT, UNKNOWN -> null;
    };
  }
}

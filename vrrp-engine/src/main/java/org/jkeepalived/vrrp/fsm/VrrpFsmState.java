package org.jkeepalived.vrrp.fsm;

/** Instance states: RFC 5798 section 6.4 plus keepalived's FAULT and STOP. */
public enum VrrpFsmState {
  /** RFC 5798 section 6.4.1: waiting for Startup. */
  INITIALIZE,
  /** RFC 5798 section 6.4.2: monitoring the master. */
  BACKUP,
  /** RFC 5798 section 6.4.3: forwarding for the virtual addresses. */
  MASTER,
  /** keepalived: an interface (or tracked object) is down; no adverts sent or heeded. */
  FAULT,
  /** keepalived: the instance was shut down. */
  STOP
}

package org.jkeepalived.mibs.store;

/** Event domains: each has its own ordered dispatch loop, so a slow VRRP listener never delays BFD. */
public enum Domain {
  GLOBAL,
  VRRP,
  CHECK,
  BFD
}

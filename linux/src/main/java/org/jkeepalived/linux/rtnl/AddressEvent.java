package org.jkeepalived.linux.rtnl;

/** An address was added (RTM_NEWADDR, also sent on updates) or removed (RTM_DELADDR). */
public record AddressEvent(Kind kind, InterfaceAddress address) {
  public enum Kind {
    ADDED,
    REMOVED
  }
}

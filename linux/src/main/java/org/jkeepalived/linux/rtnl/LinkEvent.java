package org.jkeepalived.linux.rtnl;

/** A link appeared or changed (RTM_NEWLINK) or went away (RTM_DELLINK). */
public record LinkEvent(Kind kind, LinkInfo link) {
  public enum Kind {
    CHANGED,
    DELETED
  }
}

package org.jkeepalived.vrrp.track;

/** The kinds of object a vrrp_instance or vrrp_sync_group can track (keepalived's track_* blocks). */
public enum TrackerKind {
  INTERFACE,
  SCRIPT,
  FILE,
  PROCESS,
  BFD
}

package org.jkeepalived.mibs.store;

/** Who made a change; validators and listeners may act differently on each (an SNMP SET is runtime only). */
public enum Origin {
  /** The configuration loaded at start-up. */
  CONFIG_LOAD,
  /** A SIGHUP reload, applied as a diff. */
  RELOAD,
  /** An SNMP SET from an NMS. */
  SNMP_SET,
  /** An engine publishing what it observed. */
  ENGINE
}

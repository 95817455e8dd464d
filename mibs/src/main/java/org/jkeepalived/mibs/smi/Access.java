package org.jkeepalived.mibs.smi;

/** MAX-ACCESS of a column (RFC 2578 section 7.3). */
public enum Access {
  NOT_ACCESSIBLE,
  ACCESSIBLE_FOR_NOTIFY,
  READ_ONLY,
  READ_WRITE,
  READ_CREATE
}

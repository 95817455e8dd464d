package org.jkeepalived.mibs.store;

/** Why a change was refused, in the vocabulary of SNMP error-status (RFC 3416 section 3). */
public enum SetError {
  WRONG_TYPE,
  WRONG_LENGTH,
  WRONG_VALUE,
  INCONSISTENT_VALUE,
  NOT_WRITABLE,
  NO_CREATION,
  RESOURCE_UNAVAILABLE,
  GEN_ERR
}

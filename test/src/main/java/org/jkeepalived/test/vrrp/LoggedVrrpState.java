package org.jkeepalived.test.vrrp;

/** The state of a VRRP instance as its log reports it; UNKNOWN before the first state line. */
public enum LoggedVrrpState {
  UNKNOWN,
  BACKUP,
  MASTER,
  FAULT
}

package org.jkeepalived.mibs.model;

/** State of a VRRP instance or sync group as keepalived reports it (KEEPALIVED-MIB VrrpState). */
public enum VrrpState implements MibEnum {
  INIT(0, "init"),
  BACKUP(1, "backup"),
  MASTER(2, "master"),
  FAULT(3, "fault"),
  UNKNOWN(4, "unknown"),
  SHUTDOWN(5, "shutdown"),
  DELETED(6, "deleted");

  private final int code;
  private final String mibName;

  VrrpState(int code, String mibName) {
    this.code = code;
    this.mibName = mibName;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String mibName() {
    return mibName;
  }
}

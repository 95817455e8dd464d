package org.jkeepalived.mibs.model;

/** RFC state of a virtual router (VRRP-MIB vrrpOperState, VRRPv3-MIB vrrpv3OperationsStatus). */
public enum VrrpOperState implements MibEnum {
  INITIALIZE(1, "initialize"),
  BACKUP(2, "backup"),
  MASTER(3, "master");

  private final int code;
  private final String mibName;

  VrrpOperState(int code, String mibName) {
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

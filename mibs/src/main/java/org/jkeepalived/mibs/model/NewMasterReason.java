package org.jkeepalived.mibs.model;

/** Why the router last became master (vrrpv3StatisticsNewMasterReason, RFC 6527). */
public enum NewMasterReason implements MibEnum {
  NOT_MASTER(0, "notMaster"),
  PRIORITY(1, "priority"),
  PREEMPTED(2, "preempted"),
  MASTER_NO_RESPONSE(3, "masterNoResponse");

  private final int code;
  private final String mibName;

  NewMasterReason(int code, String mibName) {
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

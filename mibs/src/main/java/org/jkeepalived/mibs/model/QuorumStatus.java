package org.jkeepalived.mibs.model;

/** Quorum of a virtual server (virtualServerQuorumStatus). */
public enum QuorumStatus implements MibEnum {
  MET(1, "met"),
  NOT_MET(2, "notMet"),
  SHUTDOWN(3, "shutdown");

  private final int code;
  private final String mibName;

  QuorumStatus(int code, String mibName) {
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

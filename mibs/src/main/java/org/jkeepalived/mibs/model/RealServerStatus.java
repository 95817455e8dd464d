package org.jkeepalived.mibs.model;

/** Health of a real server (realServerStatus). */
public enum RealServerStatus implements MibEnum {
  ALIVE(1, "alive"),
  DEAD(2, "dead");

  private final int code;
  private final String mibName;

  RealServerStatus(int code, String mibName) {
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

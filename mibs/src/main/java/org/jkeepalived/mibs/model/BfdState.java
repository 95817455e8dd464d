package org.jkeepalived.mibs.model;

/** BFD session state (IANAbfdSessStateTC, RFC 5880 section 4.1). */
public enum BfdState implements MibEnum {
  ADMIN_DOWN(1, "adminDown"),
  DOWN(2, "down"),
  INIT(3, "init"),
  UP(4, "up"),
  FAILING(5, "failing");

  private final int code;
  private final String mibName;

  BfdState(int code, String mibName) {
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

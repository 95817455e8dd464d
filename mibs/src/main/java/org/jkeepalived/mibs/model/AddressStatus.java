package org.jkeepalived.mibs.model;

/** Whether a virtual or static address is set on its interface (vrrpAddressStatus). */
public enum AddressStatus implements MibEnum {
  SET(1, "set"),
  UNSET(2, "unset");

  private final int code;
  private final String mibName;

  AddressStatus(int code, String mibName) {
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

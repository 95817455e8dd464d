package org.jkeepalived.mibs.model;

/** Whether an address is carried in the adverts (vrrpAddressAdvertising). */
public enum AddressAdvertising implements MibEnum {
  ADVERTISED(1, "advertised"),
  NOT_ADVERTISED(2, "notAdvertised");

  private final int code;
  private final String mibName;

  AddressAdvertising(int code, String mibName) {
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

package org.jkeepalived.mibs.model;

/** Whether all virtual addresses of an instance are set (vrrpInstanceVipsStatus). */
public enum VipsStatus implements MibEnum {
  ALL_SET(1, "allSet"),
  NOT_ALL_SET(2, "notAllSet");

  private final int code;
  private final String mibName;

  VipsStatus(int code, String mibName) {
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

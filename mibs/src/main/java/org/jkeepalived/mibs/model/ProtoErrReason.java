package org.jkeepalived.mibs.model;

/** Reason of the last VRRP protocol error (vrrpv3StatisticsProtoErrReason, RFC 6527). */
public enum ProtoErrReason implements MibEnum {
  NO_ERROR(0, "noError"),
  IP_TTL_ERROR(1, "ipTtlError"),
  VERSION_ERROR(2, "versionError"),
  CHECKSUM_ERROR(3, "checksumError"),
  VRID_ERROR(4, "vrIdError");

  private final int code;
  private final String mibName;

  ProtoErrReason(int code, String mibName) {
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

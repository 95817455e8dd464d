package org.jkeepalived.mibs.model;

/** Why an advertisement failed authentication (RFC 2787 vrrpTrapAuthErrorType). */
public enum AuthErrorType implements MibEnum {
  /** The packet's auth type is none of those VRRPv2 defines. */
  INVALID_AUTH_TYPE(1, "invalidAuthType"),
  /** The packet's auth type differs from the instance's (or AH present/absent wrongly). */
  AUTH_TYPE_MISMATCH(2, "authTypeMismatch"),
  /** The auth data (password or AH) is wrong. */
  AUTH_FAILURE(3, "authFailure");

  private final int code;
  private final String mibName;

  AuthErrorType(int code, String mibName) {
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

  /** The {@link VrrpStats} counter the engine increments for this error. */
  public long count(VrrpStats s) {
    return switch (this) {
      case INVALID_AUTH_TYPE -> s.invalidAuthType();
      case AUTH_TYPE_MISMATCH -> s.authTypeMismatch();
      case AUTH_FAILURE -> s.authFailures();
    };
  }
}

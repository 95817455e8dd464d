package org.jkeepalived.mibs.config;

/**
 * VRRPv2 authentication (RFC 2338 section 5.3.6; removed by RFC 3768). keepalived uses only the
 * first 8 characters of the password.
 */
public record Authentication(Type type, String password) {
  public static final Authentication NONE = new Authentication(Type.NONE, null);

  /** The auth_type values. */
  public enum Type {
    NONE,
    PASS,
    AH
  }
}

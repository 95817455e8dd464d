package org.jkeepalived.mibs.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * The last advertisement an instance dropped for failing authentication (RFC 2787 section 8,
 * vrrpTrapAuthFailure): why, and the packet's source address (vrrpTrapPacketSrc).
 */
public record VrrpAuthError(AuthErrorType type, InetAddress source) {
  public VrrpAuthError {
    Objects.requireNonNull(type);
    Objects.requireNonNull(source);
  }
}

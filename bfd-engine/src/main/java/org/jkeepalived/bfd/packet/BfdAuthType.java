package org.jkeepalived.bfd.packet;

import java.util.Optional;

/** Auth Type of the authentication section (RFC 5880 section 4.1, IANA BFD Authentication Types). */
public enum BfdAuthType {
  /** Section 4.2: the password in the clear, 1 to 16 bytes. */
  SIMPLE_PASSWORD(1, 0),
  /** Section 4.3: MD5 over the packet with the key in the digest field, sequence may repeat. */
  KEYED_MD5(2, 16),
  /** Section 4.3: as keyed MD5, with the sequence number incremented on every packet. */
  METICULOUS_KEYED_MD5(3, 16),
  /** Section 4.4: SHA1 over the packet with the key in the hash field. */
  KEYED_SHA1(4, 20),
  /** Section 4.4: as keyed SHA1, with the sequence number incremented on every packet. */
  METICULOUS_KEYED_SHA1(5, 20);

  private final int code;
  private final int digestLength;

  BfdAuthType(int code, int digestLength) {
    this.code = code;
    this.digestLength = digestLength;
  }

  public int code() {
    return code;
  }

  /** Bytes of the digest or hash (0 for a simple password, whose length varies). */
  public int digestLength() {
    return digestLength;
  }

  /** Auth Len of a keyed section: type, len, key id, reserved, sequence, digest. */
  public int keyedSectionLength() {
    return 8 + digestLength;
  }

  /** Whether every transmitted packet increments the sequence number (sections 4.3, 4.4). */
  public boolean meticulous() {
    return this == METICULOUS_KEYED_MD5 || this == METICULOUS_KEYED_SHA1;
  }

  public boolean keyed() {
    return this != SIMPLE_PASSWORD;
  }

  public static Optional<BfdAuthType> ofCode(int code) {
    for (BfdAuthType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

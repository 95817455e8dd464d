package org.jkeepalived.mibs.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * A BFD session's authentication (RFC 5880 section 6.7), jkeepalived's extension of bfd_instance
 * (keepalived has none). The key is a secret: {@link #toString()} never shows it.
 *
 * @param type the Auth Type
 * @param keyId Auth Key ID, 0-255
 * @param key the password (1-16 bytes) or the MD5 (up to 16) / SHA1 (up to 20) key
 */
public record BfdAuthConfig(Type type, int keyId, byte[] key) {
  /**
   * The Auth Type of RFC 5880 section 4.1 (IANAbfdSessAuthenticationTypeTC codes), with what the
   * codec needs of each: sections 4.2 (password), 4.3 (MD5) and 4.4 (SHA1).
   */
  public enum Type {
    SIMPLE_PASSWORD(1, "simple_password", 16, 0),
    KEYED_MD5(2, "keyed_md5", 16, 16),
    METICULOUS_KEYED_MD5(3, "meticulous_keyed_md5", 16, 16),
    KEYED_SHA1(4, "keyed_sha1", 20, 20),
    METICULOUS_KEYED_SHA1(5, "meticulous_keyed_sha1", 20, 20);

    private final int code;
    private final String keyword;
    private final int maxKey;
    private final int digestLength;

    Type(int code, String keyword, int maxKey, int digestLength) {
      this.code = code;
      this.keyword = keyword;
      this.maxKey = maxKey;
      this.digestLength = digestLength;
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

    /** The type of a wire code, or null. */
    public static Type ofCode(int code) {
      for (Type t : values()) {
        if (t.code == code) {
          return t;
        }
      }
      return null;
    }

    public int code() {
      return code;
    }

    /** The word in keepalived.conf. */
    public String keyword() {
      return keyword;
    }

    /** The longest key or password. */
    public int maxKey() {
      return maxKey;
    }

    public static Type ofKeyword(String word) {
      for (Type t : values()) {
        if (t.keyword.equals(word)) {
          return t;
        }
      }
      return null;
    }
  }

  public BfdAuthConfig {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (keyId < 0 || keyId > 255) {
      throw new IllegalArgumentException("key id " + keyId);
    }
    if (key.length < 1 || key.length > type.maxKey()) {
      throw new IllegalArgumentException(type.keyword() + " key of " + key.length + " bytes");
    }
    key = key.clone();
  }

  @Override
  public byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BfdAuthConfig a && a.type == type && a.keyId == keyId
        && Arrays.equals(a.key, key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, keyId, Arrays.hashCode(key));
  }

  @Override
  public String toString() {
    return "BfdAuthConfig[" + type.keyword() + " key id " + keyId + "]";
  }
}

package org.jkeepalived.bfd.packet;

import java.util.Arrays;
import java.util.Objects;
import org.jkeepalived.mibs.config.BfdAuthConfig.Type;

/**
 * The optional authentication section of a control packet (RFC 5880 sections 4.2 to 4.4). For a
 * simple password {@code value} is the password and {@code sequence} is 0; for the keyed types it
 * is the digest (or hash) as carried on the wire.
 *
 * @param type Auth Type
 * @param keyId Auth Key ID, 0-255
 * @param sequence Sequence Number, unsigned 32-bit (keyed types only)
 * @param value the password (1-16 bytes) or the digest of {@link Type#digestLength()}
 */
public record BfdAuthSection(Type type, int keyId, long sequence, byte[] value) {
  public BfdAuthSection {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (keyId < 0 || keyId > 255) {
      throw new IllegalArgumentException("key id " + keyId);
    }
    if (sequence < 0 || sequence > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("sequence " + sequence);
    }
    if (type == Type.SIMPLE_PASSWORD) {
      if (value.length < 1 || value.length > 16 || sequence != 0) {
        throw new IllegalArgumentException("a simple password is 1 to 16 bytes, no sequence");
      }
    } else if (value.length != type.digestLength()) {
      throw new IllegalArgumentException(type + " digest must be " + type.digestLength() + " bytes");
    }
    value = value.clone();
  }

  public static BfdAuthSection password(int keyId, byte[] password) {
    return new BfdAuthSection(Type.SIMPLE_PASSWORD, keyId, 0, password);
  }

  /** Auth Len: the section's length in bytes including type and length. */
  public int length() {
    return type == Type.SIMPLE_PASSWORD ? 3 + value.length : type.keyedSectionLength();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  /** The same section with another digest (the sender computes it over the encoded packet). */
  public BfdAuthSection withValue(byte[] v) {
    return new BfdAuthSection(type, keyId, sequence, v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BfdAuthSection a && a.type == type && a.keyId == keyId
        && a.sequence == sequence && Arrays.equals(a.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, keyId, sequence, Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    // never the password or digest: log lines must not carry secrets
    return "BfdAuthSection[" + type + " key " + keyId + " seq " + sequence + "]";
  }
}

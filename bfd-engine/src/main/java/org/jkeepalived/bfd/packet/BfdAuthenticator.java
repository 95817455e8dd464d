package org.jkeepalived.bfd.packet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.jkeepalived.bfd.packet.BfdDiscard.Reason;
import org.jkeepalived.mibs.config.BfdAuthConfig;
import org.jkeepalived.mibs.config.BfdAuthConfig.Type;

/**
 * One session's authentication (RFC 5880 section 6.7): signs what it sends and checks what it
 * receives, keeping the sequence numbers of sections 6.7.3 and 6.7.4. Keyed types put the key,
 * zero-padded, where the digest goes, hash the whole packet and put the digest there instead.
 * Not thread-safe: the session's loop only.
 */
public final class BfdAuthenticator {
  private final BfdAuthConfig config;
  private final Type type;
  private long xmitAuthSeq;
  private long rcvAuthSeq;
  private boolean authSeqKnown;

  /**
   * @param initialSeq bfd.XmitAuthSeq's first value (section 6.8.1: random), unsigned 32-bit
   */
  public BfdAuthenticator(BfdAuthConfig config, long initialSeq) {
    this.config = config;
    this.type = config.type();
    this.xmitAuthSeq = initialSeq & 0xFFFFFFFFL;
  }

  /**
   * The bytes of {@code p} with its authentication section. Keyed types advance bfd.XmitAuthSeq
   * on every packet (meticulous must; keyed may, and a receiver accepts a window of 3 x Detect
   * Mult).
   */
  public byte[] sign(BfdControlPacket p) {
    if (type == Type.SIMPLE_PASSWORD) {
      return BfdControlCodec.encode(p.withAuth(Optional.of(
          BfdAuthSection.password(config.keyId(), config.key()))));
    }
    xmitAuthSeq = (xmitAuthSeq + 1) & 0xFFFFFFFFL;
    BfdAuthSection section = new BfdAuthSection(type, config.keyId(), xmitAuthSeq, paddedKey());
    byte[] bytes = BfdControlCodec.encode(p.withAuth(Optional.of(section)));
    byte[] digest = digest(bytes);
    System.arraycopy(digest, 0, bytes, digestOffset(), digest.length);
    return bytes;
  }

  /**
   * Section 6.7: whether {@code p}, decoded from {@code payload}, is authentic for this session;
   * a failure is a discard. A packet that passes moves bfd.RcvAuthSeq.
   *
   * @param detectMult the remote's Detect Mult, for the sequence window (sections 6.7.3, 6.7.4)
   */
  public Optional<BfdDiscard> verify(byte[] payload, BfdControlPacket p, int detectMult) {
    BfdAuthSection a = p.auth().orElse(null);
    if (a == null) {
      return Optional.of(new BfdDiscard(Reason.AUTH_MISMATCH, "no authentication in the packet"));
    }
    if (a.type() != type) {
      return Optional.of(new BfdDiscard(Reason.AUTH_MISMATCH, "auth type " + a.type()
          + ", configured " + type));
    }
    if (a.keyId() != config.keyId()) {
      return Optional.of(new BfdDiscard(Reason.AUTH_FAILURE, "key id " + a.keyId()));
    }
    if (type == Type.SIMPLE_PASSWORD) {
      return MessageDigest.isEqual(a.value(), config.key()) ? Optional.empty()
          : Optional.of(new BfdDiscard(Reason.AUTH_FAILURE, "wrong password"));
    }
    if (authSeqKnown && !inWindow(a.sequence(), detectMult)) {
      return Optional.of(new BfdDiscard(Reason.AUTH_FAILURE, "sequence " + a.sequence()
          + " outside the window after " + rcvAuthSeq));
    }
    byte[] copy = Arrays.copyOf(payload, p.length());
    System.arraycopy(paddedKey(), 0, copy, digestOffset(), type.digestLength());
    if (!MessageDigest.isEqual(digest(copy), a.value())) {
      return Optional.of(new BfdDiscard(Reason.AUTH_FAILURE, "digest does not verify"));
    }
    rcvAuthSeq = a.sequence();
    authSeqKnown = true;
    return Optional.empty();
  }

  /**
   * Section 6.7.3/6.7.4: keyed accepts bfd.RcvAuthSeq to bfd.RcvAuthSeq + 3 x Detect Mult,
   * meticulous the same range without bfd.RcvAuthSeq itself (a replay); modulo 2^32.
   */
  private boolean inWindow(long seq, int detectMult) {
    long ahead = (seq - rcvAuthSeq) & 0xFFFFFFFFL;
    long low = type.meticulous() ? 1 : 0;
    return ahead >= low && ahead <= 3L * detectMult;
  }

  /** Section 6.8.1: after a Detection Time without packets the next sequence is taken as is. */
  public void forgetSequence() {
    authSeqKnown = false;
  }

  public BfdAuthConfig config() {
    return config;
  }

  private int digestOffset() {
    return BfdControlCodec.MANDATORY_LENGTH + 8;
  }

  private byte[] paddedKey() {
    return Arrays.copyOf(config.key(), type.digestLength());
  }

  private byte[] digest(byte[] bytes) {
    try {
      String alg = type == Type.KEYED_MD5 || type == Type.METICULOUS_KEYED_MD5
          ? "MD5" : "SHA-1";
      return MessageDigest.getInstance(alg).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5 and SHA-1", e);
    }
  }
}

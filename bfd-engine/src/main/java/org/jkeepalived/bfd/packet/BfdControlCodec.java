package org.jkeepalived.bfd.packet;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jkeepalived.bfd.packet.BfdDiscard.Reason;
import org.jkeepalived.mibs.config.BfdAuthConfig.Type;
import org.jkeepalived.mibs.model.BfdState;

/**
 * Bytes to {@link BfdControlPacket} and back (RFC 5880 section 4). The decoder applies the
 * checks of section 6.8.6 that need no session (version, lengths, Detect Mult, Multipoint, the
 * discriminators, a well-formed authentication section); what needs the session (which one, its
 * authentication, TTL policy) is the receiver's. It never throws on bad input.
 */
public final class BfdControlCodec {
  private BfdControlCodec() {}

  /** The version this codec speaks (section 4.1). */
  public static final int VERSION = 1;
  /** Length of the mandatory section. */
  public static final int MANDATORY_LENGTH = 24;
  /** The largest packet: the mandatory section and the longest (SHA1) auth section. */
  public static final int MAX_LENGTH = MANDATORY_LENGTH + Type.KEYED_SHA1.keyedSectionLength();

  private static final int POLL = 0x20;
  private static final int FINAL = 0x10;
  private static final int CPI = 0x08;
  private static final int AUTH = 0x04;
  private static final int DEMAND = 0x02;
  private static final int MULTIPOINT = 0x01;

  /** Encodes {@code p} with Version 1 and Length from its authentication section. */
  public static byte[] encode(BfdControlPacket p) {
    ByteBuffer b = ByteBuffer.allocate(p.length());
    b.put((byte) (VERSION << 5 | p.diag()));
    int flags = wireState(p.state()) << 6
        | (p.poll() ? POLL : 0)
        | (p.fin() ? FINAL : 0)
        | (p.controlPlaneIndependent() ? CPI : 0)
        | (p.authPresent() ? AUTH : 0)
        | (p.demand() ? DEMAND : 0)
        | (p.multipoint() ? MULTIPOINT : 0);
    b.put((byte) flags);
    b.put((byte) p.detectMult());
    b.put((byte) p.length());
    b.putInt((int) p.myDiscriminator());
    b.putInt((int) p.yourDiscriminator());
    b.putInt((int) micros(p.desiredMinTx()));
    b.putInt((int) micros(p.requiredMinRx()));
    b.putInt((int) micros(p.requiredMinEchoRx()));
    p.auth().ifPresent(a -> {
      b.put((byte) a.type().code());
      b.put((byte) a.length());
      b.put((byte) a.keyId());
      if (a.type() == Type.SIMPLE_PASSWORD) {
        b.put(a.value());
      } else {
        b.put((byte) 0); // Reserved (sections 4.3, 4.4)
        b.putInt((int) a.sequence());
        b.put(a.value());
      }
    });
    return b.array();
  }

  /** Decodes a whole UDP payload. */
  public static BfdDecodeResult decode(byte[] payload) {
    return decode(payload, payload.length);
  }

  /** Decodes the first {@code len} bytes of {@code payload} (the UDP payload). */
  public static BfdDecodeResult decode(byte[] payload, int len) {
    if (len < MANDATORY_LENGTH || len > payload.length) {
      return BfdDiscard.of(Reason.LENGTH, "payload of " + len + " bytes, the minimum is 24");
    }
    ByteBuffer b = ByteBuffer.wrap(payload, 0, len);
    int vd = b.get() & 0xff;
    int version = vd >>> 5;
    if (version != VERSION) {
      return BfdDiscard.of(Reason.VERSION, "version " + version);
    }
    int flags = b.get() & 0xff;
    int detectMult = b.get() & 0xff;
    int length = b.get() & 0xff;
    boolean a = (flags & AUTH) != 0;
    if (length < (a ? MANDATORY_LENGTH + 2 : MANDATORY_LENGTH)) {
      return BfdDiscard.of(Reason.LENGTH, "length " + length + (a ? " with the A bit" : ""));
    }
    if (length > len) {
      return BfdDiscard.of(Reason.LENGTH, "length " + length + " above the payload of " + len);
    }
    if (detectMult == 0) {
      return BfdDiscard.of(Reason.DETECT_MULT, "detect mult 0");
    }
    if ((flags & MULTIPOINT) != 0) {
      return BfdDiscard.of(Reason.MULTIPOINT, "multipoint bit set");
    }
    long myDiscr = b.getInt() & 0xFFFFFFFFL;
    long yourDiscr = b.getInt() & 0xFFFFFFFFL;
    BfdState state = BfdState.values()[flags >>> 6]; // ADMIN_DOWN, DOWN, INIT, UP in wire order
    if (myDiscr == 0) {
      return BfdDiscard.of(Reason.MY_DISCRIMINATOR, "my discriminator 0");
    }
    if (yourDiscr == 0 && state != BfdState.DOWN && state != BfdState.ADMIN_DOWN) {
      return BfdDiscard.of(Reason.YOUR_DISCRIMINATOR, "your discriminator 0 in state " + state);
    }
    Duration tx = ofMicros(b.getInt());
    Duration rx = ofMicros(b.getInt());
    Duration echo = ofMicros(b.getInt());
    Optional<BfdAuthSection> auth = Optional.empty();
    if (a) {
      Object section = authSection(payload, MANDATORY_LENGTH, length - MANDATORY_LENGTH);
      if (section instanceof BfdDiscard d) {
        return d;
      }
      auth = Optional.of((BfdAuthSection) section);
    }
    return new BfdControlPacket(vd & 0x1f, state, (flags & POLL) != 0, (flags & FINAL) != 0,
        (flags & CPI) != 0, (flags & DEMAND) != 0, false, detectMult, myDiscr, yourDiscr,
        tx, rx, echo, auth);
  }

  /** The section at {@code off}, {@code room} bytes up to Length: a section or a discard. */
  private static Object authSection(byte[] p, int off, int room) {
    int code = p[off] & 0xff;
    int authLen = p[off + 1] & 0xff;
    Type t = Type.ofCode(code);
    if (t == null) {
      return BfdDiscard.of(Reason.AUTH_FAILURE, "auth type " + code);
    }
    if (authLen != room) {
      return BfdDiscard.of(Reason.LENGTH, "auth len " + authLen + " but " + room + " bytes follow");
    }
    if (t == Type.SIMPLE_PASSWORD) {
      if (authLen < 4 || authLen > 19) {
        return BfdDiscard.of(Reason.AUTH_FAILURE, "simple password auth len " + authLen);
      }
      return BfdAuthSection.password(p[off + 2] & 0xff,
          Arrays.copyOfRange(p, off + 3, off + authLen));
    }
    if (authLen != t.keyedSectionLength()) {
      return BfdDiscard.of(Reason.AUTH_FAILURE, t + " auth len " + authLen);
    }
    long seq = ByteBuffer.wrap(p, off + 4, 4).getInt() & 0xFFFFFFFFL;
    return new BfdAuthSection(t, p[off + 2] & 0xff, seq,
        Arrays.copyOfRange(p, off + 8, off + authLen));
  }

  /** The wire's two-bit state: AdminDown 0, Down 1, Init 2, Up 3. */
  static int wireState(BfdState s) {
    return s.code() - 1;
  }

  static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  static Duration ofMicros(int wire) {
    return Duration.ofNanos((wire & 0xFFFFFFFFL) * 1000);
  }
}

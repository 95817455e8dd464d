package org.jkeepalived.bfd.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jkeepalived.bfd.packet.BfdDiscard.Reason;
import org.jkeepalived.mibs.config.BfdAuthConfig;
import org.jkeepalived.mibs.model.BfdState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** RFC 5880 section 6.7: every Auth Type signs and verifies; wrong keys, tampering and replays fail. */
class BfdAuthenticatorTest {
  private static final BfdControlPacket UP = new BfdControlPacket(0, BfdState.UP, false, false,
      false, false, false, 3, 0x11111111L, 0x22222222L, Duration.ofMillis(50),
      Duration.ofMillis(50), Duration.ZERO, Optional.empty());

  private static BfdAuthConfig cfg(BfdAuthConfig.Type t, String key) {
    return new BfdAuthConfig(t, 7, key.getBytes(StandardCharsets.US_ASCII));
  }

  private static BfdControlPacket decode(byte[] b) {
    return (BfdControlPacket) BfdControlCodec.decode(b);
  }

  @ParameterizedTest
  @EnumSource(BfdAuthConfig.Type.class)
  void aSignedPacketDecodesAndVerifiesWithTheSameKey(BfdAuthConfig.Type t) {
    BfdAuthenticator tx = new BfdAuthenticator(cfg(t, "s3cret"), 100);
    BfdAuthenticator rx = new BfdAuthenticator(cfg(t, "s3cret"), 5);
    for (int i = 0; i < 5; i++) {
      byte[] b = tx.sign(UP);
      BfdControlPacket p = decode(b);
      assertThat(p.authPresent()).isTrue();
      assertThat(p.auth().orElseThrow().type().code()).isEqualTo(t.code());
      assertThat(p.auth().orElseThrow().keyId()).isEqualTo(7);
      assertThat(rx.verify(b, p, 3)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(BfdAuthConfig.Type.class)
  void anotherKeyFails(BfdAuthConfig.Type t) {
    byte[] b = new BfdAuthenticator(cfg(t, "s3cret"), 1).sign(UP);
    Optional<BfdDiscard> r = new BfdAuthenticator(cfg(t, "other"), 1).verify(b, decode(b), 3);
    assertThat(r).map(BfdDiscard::reason).contains(Reason.AUTH_FAILURE);
  }

  @ParameterizedTest
  @EnumSource(value = BfdAuthConfig.Type.class, names = "SIMPLE_PASSWORD", mode = EnumSource.Mode.EXCLUDE)
  void aTamperedFieldFailsTheDigestAndTheKeyIsNotOnTheWire(BfdAuthConfig.Type t) {
    byte[] b = new BfdAuthenticator(cfg(t, "s3cret"), 1).sign(UP);
    assertThat(new String(b, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
    b[2] = 5; // Detect Mult
    Optional<BfdDiscard> r = new BfdAuthenticator(cfg(t, "s3cret"), 1).verify(b, decode(b), 3);
    assertThat(r).map(BfdDiscard::reason).contains(Reason.AUTH_FAILURE);
  }

  @Test
  void meticulousRefusesAReplayedSequenceKeyedAcceptsIt() {
    // 6.7.3: meticulous needs a sequence above bfd.RcvAuthSeq; keyed accepts the same one
    for (BfdAuthConfig.Type t : new BfdAuthConfig.Type[] {BfdAuthConfig.Type.METICULOUS_KEYED_MD5,
        BfdAuthConfig.Type.KEYED_MD5, BfdAuthConfig.Type.METICULOUS_KEYED_SHA1,
        BfdAuthConfig.Type.KEYED_SHA1}) {
      byte[] b = new BfdAuthenticator(cfg(t, "k"), 41).sign(UP);
      BfdAuthenticator rx = new BfdAuthenticator(cfg(t, "k"), 0);
      assertThat(rx.verify(b, decode(b), 3)).isEmpty();
      assertThat(rx.verify(b, decode(b), 3).isPresent()).as(t.toString())
          .isEqualTo(t == BfdAuthConfig.Type.METICULOUS_KEYED_MD5
              || t == BfdAuthConfig.Type.METICULOUS_KEYED_SHA1);
    }
  }

  @Test
  void aSequenceBeyondThreeTimesDetectMultIsRefusedUntilForgotten() {
    // 6.7.3: the window is bfd.RcvAuthSeq + 3 x Detect Mult, modulo 2^32
    BfdAuthConfig c = cfg(BfdAuthConfig.Type.METICULOUS_KEYED_SHA1, "k");
    BfdAuthenticator tx = new BfdAuthenticator(c, 0xFFFFFFFEL);
    BfdAuthenticator rx = new BfdAuthenticator(c, 0);
    byte[] first = tx.sign(UP); // sequence 0xFFFFFFFF
    assertThat(rx.verify(first, decode(first), 3)).isEmpty();
    byte[] wrapped = tx.sign(UP); // sequence 0: one ahead across the wrap
    assertThat(rx.verify(wrapped, decode(wrapped), 3)).isEmpty();
    for (int i = 0; i < 9; i++) {
      tx.sign(UP); // lost packets
    }
    byte[] far = tx.sign(UP); // 10 ahead, window 9
    assertThat(rx.verify(far, decode(far), 3)).map(BfdDiscard::reason)
        .contains(Reason.AUTH_FAILURE);
    rx.forgetSequence();
    assertThat(rx.verify(far, decode(far), 3)).isEmpty();
  }

  @Test
  void anUnauthenticatedPacketOrAnotherTypeIsAMismatch() {
    BfdAuthenticator rx = new BfdAuthenticator(cfg(BfdAuthConfig.Type.KEYED_SHA1, "k"), 0);
    byte[] plain = BfdControlCodec.encode(UP);
    assertThat(rx.verify(plain, decode(plain), 3)).map(BfdDiscard::reason)
        .contains(Reason.AUTH_MISMATCH);
    byte[] md5 = new BfdAuthenticator(cfg(BfdAuthConfig.Type.KEYED_MD5, "k"), 0).sign(UP);
    assertThat(rx.verify(md5, decode(md5), 3)).map(BfdDiscard::reason)
        .contains(Reason.AUTH_MISMATCH);
  }
}

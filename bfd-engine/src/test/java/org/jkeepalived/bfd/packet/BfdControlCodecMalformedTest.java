package org.jkeepalived.bfd.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.function.Consumer;
import org.jkeepalived.bfd.packet.BfdDiscard.Reason;
import org.junit.jupiter.api.Test;

/** Each reception check of RFC 5880 section 6.8.6 that needs no session, one packet each. */
class BfdControlCodecMalformedTest {
  /** A legal Up packet from the capture (frame 5, bfdd). */
  private static final String UP = "20e00318dc3f972a382759490000c3500000c3500000c350";

  private static byte[] up(Consumer<byte[]> change) {
    byte[] b = HexFormat.of().parseHex(UP);
    change.accept(b);
    return b;
  }

  private static Reason reason(byte[] b) {
    BfdDecodeResult r = BfdControlCodec.decode(b);
    assertThat(r).isInstanceOf(BfdDiscard.class);
    return ((BfdDiscard) r).reason();
  }

  @Test
  void theCapturedPacketItselfIsLegal() {
    assertThat(BfdControlCodec.decode(up(b -> { }))).isInstanceOf(BfdControlPacket.class);
  }

  @Test
  void versionOtherThanOneIsDiscarded() {
    assertThat(reason(up(b -> b[0] = (byte) (0 << 5)))).isEqualTo(Reason.VERSION);
    assertThat(reason(up(b -> b[0] = (byte) (2 << 5)))).isEqualTo(Reason.VERSION);
  }

  @Test
  void lengthBelowTheMinimumIsDiscarded() {
    assertThat(reason(up(b -> b[3] = 23))).isEqualTo(Reason.LENGTH);
    // with the A bit the minimum is 26 (6.8.6)
    assertThat(reason(up(b -> {
      b[1] |= 0x04;
      b[3] = 25;
    }))).isEqualTo(Reason.LENGTH);
  }

  @Test
  void lengthAboveThePayloadIsDiscarded() {
    assertThat(reason(up(b -> b[3] = 25))).isEqualTo(Reason.LENGTH);
  }

  @Test
  void aTruncatedPayloadIsDiscarded() {
    assertThat(reason(new byte[23])).isEqualTo(Reason.LENGTH);
    assertThat(reason(new byte[0])).isEqualTo(Reason.LENGTH);
  }

  @Test
  void bytesBeyondLengthAreIgnored() {
    byte[] longer = java.util.Arrays.copyOf(up(b -> { }), 30);
    assertThat(BfdControlCodec.decode(longer)).isInstanceOf(BfdControlPacket.class);
  }

  @Test
  void zeroDetectMultIsDiscarded() {
    assertThat(reason(up(b -> b[2] = 0))).isEqualTo(Reason.DETECT_MULT);
  }

  @Test
  void multipointIsDiscarded() {
    assertThat(reason(up(b -> b[1] |= 0x01))).isEqualTo(Reason.MULTIPOINT);
  }

  @Test
  void zeroMyDiscriminatorIsDiscarded() {
    assertThat(reason(up(b -> {
      b[4] = 0;
      b[5] = 0;
      b[6] = 0;
      b[7] = 0;
    }))).isEqualTo(Reason.MY_DISCRIMINATOR);
  }

  @Test
  void zeroYourDiscriminatorIsDiscardedUnlessDownOrAdminDown() {
    Consumer<byte[]> zero = b -> {
      b[8] = 0;
      b[9] = 0;
      b[10] = 0;
      b[11] = 0;
    };
    assertThat(reason(up(zero))).isEqualTo(Reason.YOUR_DISCRIMINATOR); // Up
    assertThat(reason(up(zero.andThen(b -> b[1] = (byte) 0x80)))).isEqualTo(Reason.YOUR_DISCRIMINATOR); // Init
    assertThat(BfdControlCodec.decode(up(zero.andThen(b -> b[1] = 0x40)))).isInstanceOf(BfdControlPacket.class);
    assertThat(BfdControlCodec.decode(up(zero.andThen(b -> b[1] = 0x00)))).isInstanceOf(BfdControlPacket.class);
  }

  @Test
  void anUnknownAuthTypeIsAnAuthFailure() {
    byte[] b = java.util.Arrays.copyOf(up(x -> { }), 24 + 8 + 16);
    b[1] |= 0x04;
    b[3] = (byte) b.length;
    b[24] = 9;
    b[25] = 24;
    assertThat(reason(b)).isEqualTo(Reason.AUTH_FAILURE);
  }

  @Test
  void anAuthLenThatDisagreesWithLengthIsDiscarded() {
    byte[] b = java.util.Arrays.copyOf(up(x -> { }), 24 + 24);
    b[1] |= 0x04;
    b[3] = (byte) b.length;
    b[24] = 2; // keyed MD5: auth len must be 24
    b[25] = 20;
    assertThat(reason(b)).isEqualTo(Reason.LENGTH);
  }

  @Test
  void aKeyedSectionOfTheWrongSizeIsAnAuthFailure() {
    byte[] b = java.util.Arrays.copyOf(up(x -> { }), 24 + 28);
    b[1] |= 0x04;
    b[3] = (byte) b.length;
    b[24] = 2; // keyed MD5 is 24 bytes, not SHA1's 28
    b[25] = 28;
    assertThat(reason(b)).isEqualTo(Reason.AUTH_FAILURE);
  }

  @Test
  void aSimplePasswordOfSeventeenBytesIsAnAuthFailure() {
    byte[] b = java.util.Arrays.copyOf(up(x -> { }), 24 + 20);
    b[1] |= 0x04;
    b[3] = (byte) b.length;
    b[24] = 1;
    b[25] = 20;
    assertThat(reason(b)).isEqualTo(Reason.AUTH_FAILURE);
  }
}

package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.packet.GoldenPackets.ip;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jkeepalived.vrrp.packet.VrrpDecodeError.Reason;
import org.junit.jupiter.api.Test;

/** Every kind of malformed input gives the right {@link VrrpDecodeError}, never an exception. */
class VrrpCodecMalformedTest {
  private static final InetAddress SRC = ip("198.18.7.1");
  private static final InetAddress GROUP = ip("224.0.0.18");
  private static final PacketContext CTX = new PacketContext(SRC, GROUP, 255, 112);
  private static final VrrpCodecOptions PASS =
      VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("secret"));

  private static byte[] v2Message() {
    return VrrpCodec.encode(VrrpAdvertisement.v2(7, 100, VrrpAuth.pass("secret"),
        Duration.ofSeconds(1), List.of(ip("198.18.7.100"), ip("198.18.7.101"))), SRC, GROUP, PASS);
  }

  private static byte[] v3Message() {
    return VrrpCodec.encode(VrrpAdvertisement.v3(7, 100, Duration.ofMillis(100),
        List.of(ip("198.18.7.100"))), SRC, GROUP, VrrpCodecOptions.DEFAULT);
  }

  /** Recomputes the checksum after a deliberate change, so that only that change is wrong. */
  private static byte[] resum(byte[] m, ChecksumVariant variant) {
    int sum = VrrpCodec.checksum(m, variant, SRC, GROUP);
    m[6] = (byte) (sum >>> 8);
    m[7] = (byte) sum;
    return m;
  }

  private static Reason reason(byte[] message, PacketContext ctx, VrrpCodecOptions opts) {
    VrrpDecodeResult r = VrrpCodec.decode(message, ctx, opts);
    assertThat(r).isInstanceOf(VrrpDecodeError.class);
    return ((VrrpDecodeError) r).reason();
  }

  @Test
  void wellFormedMessagesDecode() {
    assertThat(VrrpCodec.decode(v2Message(), CTX, PASS).isOk()).isTrue();
    assertThat(VrrpCodec.decode(v3Message(), CTX, VrrpCodecOptions.DEFAULT).isOk()).isTrue();
  }

  @Test
  void truncationAtEveryLengthIsALengthError() {
    for (byte[] m : List.of(v2Message(), v3Message())) {
      VrrpCodecOptions opts = (m[0] >> 4) == 2 ? PASS : VrrpCodecOptions.DEFAULT;
      for (int n = 0; n < m.length; n++) {
        assertThat(reason(Arrays.copyOf(m, n), CTX, opts)).as("length %d", n)
            .isEqualTo(Reason.PACKET_LENGTH);
      }
    }
  }

  @Test
  void truncatedRawPacketsAtEveryLengthAreErrors() {
    for (String s : List.of("v2-pass", "v2-ah", "v3-ipv4")) {
      VrrpCodecOptions opts = s.equals("v2-pass")
          ? VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("abc12"))
          : s.equals("v2-ah") ? VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("jkvrahpw"))
          : VrrpCodecOptions.DEFAULT;
      byte[] p = GoldenPackets.load(s).get(0);
      for (int n = 0; n < p.length; n++) {
        VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(Arrays.copyOf(p, n), opts);
        assertThat(r).as("%s cut at %d", s, n).isInstanceOfSatisfying(VrrpDecodeError.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.PACKET_LENGTH));
      }
    }
  }

  @Test
  void extraTrailingOctetIsALengthError() {
    byte[] m = Arrays.copyOf(v3Message(), v3Message().length + 4);
    assertThat(reason(m, CTX, VrrpCodecOptions.DEFAULT)).isEqualTo(Reason.PACKET_LENGTH);
  }

  @Test
  void badChecksumIsAChecksumError() {
    byte[] m = v2Message();
    m[7] ^= 0x01;
    assertThat(reason(m, CTX, PASS)).isEqualTo(Reason.CHECKSUM);
    byte[] m3 = v3Message();
    m3[9] ^= 0x40; // an address octet: the sum no longer matches
    assertThat(reason(m3, CTX, VrrpCodecOptions.DEFAULT)).isEqualTo(Reason.CHECKSUM);
  }

  @Test
  void v3ChecksumFromAnotherSourceFails() {
    PacketContext other = new PacketContext(ip("198.18.7.9"), GROUP, 255, 112);
    assertThat(reason(v3Message(), other, VrrpCodecOptions.DEFAULT)).isEqualTo(Reason.CHECKSUM);
  }

  @Test
  void unknownVersionIsAVersionError() {
    for (int v : new int[] {0, 1, 4, 15}) {
      byte[] m = v3Message();
      m[0] = (byte) ((v << 4) | 1);
      assertThat(reason(m, CTX, VrrpCodecOptions.DEFAULT)).as("version %d", v)
          .isEqualTo(Reason.VERSION);
    }
  }

  @Test
  void nonAdvertisementTypeIsAnInvalidTypeError() {
    for (int t : new int[] {0, 2, 15}) {
      byte[] m = v2Message();
      m[0] = (byte) (0x20 | t);
      assertThat(reason(resum(m, ChecksumVariant.MESSAGE_ONLY), CTX, PASS)).as("type %d", t)
          .isEqualTo(Reason.INVALID_TYPE);
    }
  }

  @Test
  void ttlOtherThan255IsATtlError() {
    for (int ttl : new int[] {0, 1, 64, 254}) {
      PacketContext ctx = new PacketContext(SRC, GROUP, ttl, 112);
      assertThat(reason(v3Message(), ctx, VrrpCodecOptions.DEFAULT)).isEqualTo(Reason.TTL);
      assertThat(VrrpCodec.decode(v3Message(), ctx, VrrpCodecOptions.DEFAULT.withCheckTtl(false))
          .isOk()).as("unicast receivers skip the TTL check").isTrue();
    }
  }

  @Test
  void countNotMatchingLengthIsALengthError() {
    for (int count : new int[] {0, 1, 3, 255}) {
      byte[] m = v2Message();
      m[3] = (byte) count;
      assertThat(reason(resum(m, ChecksumVariant.MESSAGE_ONLY), CTX, PASS))
          .as("count %d", count).isEqualTo(Reason.PACKET_LENGTH);
    }
  }

  @Test
  void unknownAuthTypeIsAnInvalidAuthTypeError() {
    byte[] m = v2Message();
    m[4] = 3;
    assertThat(reason(resum(m, ChecksumVariant.MESSAGE_ONLY), CTX, PASS))
        .isEqualTo(Reason.INVALID_AUTH_TYPE);
  }

  @Test
  void authTypeDifferentFromConfigurationIsAMismatch() {
    assertThat(reason(v2Message(), CTX, VrrpCodecOptions.DEFAULT))
        .isEqualTo(Reason.AUTH_TYPE_MISMATCH);
    PacketContext viaAh = new PacketContext(SRC, GROUP, 255, PacketContext.PROTO_AH);
    assertThat(reason(v2Message(), viaAh, PASS)).as("AH header but PASS configured")
        .isEqualTo(Reason.AUTH_TYPE_MISMATCH);
    assertThat(reason(v2Message(), CTX, VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("secret"))))
        .as("no AH header but AH configured").isEqualTo(Reason.AUTH_TYPE_MISMATCH);
  }

  @Test
  void wrongPasswordIsAnAuthFailure() {
    assertThat(reason(v2Message(), CTX, VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("secreT"))))
        .isEqualTo(Reason.AUTH_FAILURE);
    assertThat(VrrpAuth.pass("12345678trailing")).isEqualTo(VrrpAuth.pass("12345678"));
  }

  @Test
  void zeroIntervalIsAnIntervalError() {
    byte[] m2 = v2Message();
    m2[5] = 0;
    assertThat(reason(resum(m2, ChecksumVariant.MESSAGE_ONLY), CTX, PASS))
        .isEqualTo(Reason.ADVERT_INTERVAL);
    byte[] m3 = v3Message();
    m3[4] = (byte) 0xf0; // reserved bits set, interval 0
    m3[5] = 0;
    assertThat(reason(resum(m3, ChecksumVariant.PSEUDO_HEADER), CTX, VrrpCodecOptions.DEFAULT))
        .isEqualTo(Reason.ADVERT_INTERVAL);
  }

  @Test
  void v3ReservedIntervalBitsAreIgnored() {
    byte[] m = v3Message();
    m[4] |= (byte) 0xf0;
    VrrpDecodeResult r =
        VrrpCodec.decode(resum(m, ChecksumVariant.PSEUDO_HEADER), CTX, VrrpCodecOptions.DEFAULT);
    assertThat(r).isInstanceOfSatisfying(DecodedAdvert.class,
        d -> assertThat(d.advert().advertInterval()).isEqualTo(Duration.ofMillis(100)));
  }

  @Test
  void badIpv4HeadersAreRejected() {
    byte[] p = GoldenPackets.load("v3-ipv4").get(0);
    byte[] v6 = p.clone();
    v6[0] = 0x65;
    assertThat(ipReason(v6)).isEqualTo(Reason.IP_HEADER);
    byte[] ihl4 = p.clone();
    ihl4[0] = 0x44;
    assertThat(ipReason(ihl4)).isEqualTo(Reason.IP_HEADER);
    byte[] ihlTooBig = p.clone();
    ihlTooBig[0] = 0x4f; // 60-octet header claimed in a 40-octet packet
    assertThat(ipReason(ihlTooBig)).isEqualTo(Reason.PACKET_LENGTH);
    byte[] totLen = p.clone();
    totLen[3] += 1;
    assertThat(ipReason(totLen)).isEqualTo(Reason.PACKET_LENGTH);
    byte[] tcp = p.clone();
    tcp[9] = 6;
    assertThat(ipReason(tcp)).isEqualTo(Reason.NOT_VRRP);
  }

  @Test
  void rawPacketWithWrongTtlIsATtlError() {
    byte[] p = GoldenPackets.load("v3-ipv4").get(0);
    p[8] = (byte) 254;
    assertThat(ipReason(p)).isEqualTo(Reason.TTL);
  }

  @Test
  void ahProtectingAnotherProtocolIsNotVrrp() {
    byte[] p = GoldenPackets.load("v2-ah").get(0);
    p[20] = 17;
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(p,
        VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("jkvrahpw")));
    assertThat(((VrrpDecodeError) r).reason()).isEqualTo(Reason.NOT_VRRP);
  }

  @Test
  void ahWithTamperedFieldsOrForeignSpiIsAnAuthFailure() {
    VrrpCodecOptions ah = VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("jkvrahpw"));
    byte[] p = GoldenPackets.load("v2-ah").get(0);
    byte[] seq = p.clone();
    seq[31] ^= 1; // sequence number changed, ICV no longer matches
    assertThat(((VrrpDecodeError) VrrpIpv4PacketCodec.decode(seq, ah)).reason())
        .isEqualTo(Reason.AUTH_FAILURE);
    // A correctly signed packet whose SPI is not its source address.
    byte[] spi = p.clone();
    spi[27] = 9;
    byte[] icv = IpsecAh.icv(spi, 20, VrrpAuth.ah("jkvrahpw").key(), false);
    System.arraycopy(icv, 0, spi, 32, 12);
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(spi, ah);
    assertThat(((VrrpDecodeError) r).reason()).isEqualTo(Reason.AUTH_FAILURE);
    assertThat(((VrrpDecodeError) r).detail()).contains("SPI");
    // Mutable fields (TOS, checksum) are outside the ICV.
    byte[] tos = p.clone();
    tos[1] = 0;
    assertThat(VrrpIpv4PacketCodec.decode(tos, ah).isOk()).isTrue();
  }

  private static Reason ipReason(byte[] packet) {
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(packet, VrrpCodecOptions.DEFAULT);
    assertThat(r).isInstanceOf(VrrpDecodeError.class);
    return ((VrrpDecodeError) r).reason();
  }
}

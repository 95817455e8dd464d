package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jkeepalived.vrrp.packet.GoldenPackets.ip;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes and re-encodes packets captured from keepalived 2.2.7 (see golden/capture.sh). */
class VrrpGoldenPacketTest {
  private static final Inet4Address SRC = (Inet4Address) ip("198.18.7.1");
  private static final Inet4Address PEER = (Inet4Address) ip("198.18.7.2");
  private static final Inet4Address GROUP = (Inet4Address) ip("224.0.0.18");
  private static final List<java.net.InetAddress> VIPS =
      List.of(ip("198.18.7.100"), ip("198.18.7.101"));

  private static DecodedAdvert decodeV4(byte[] packet, VrrpCodecOptions options) {
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(packet, options);
    assertThat(r).isInstanceOf(DecodedAdvert.class);
    return (DecodedAdvert) r;
  }

  /** Re-encodes a decoded IPv4 packet with the same IP identification, TTL and AH sequence. */
  private static byte[] reencode(DecodedAdvert d, VrrpCodecOptions options) {
    Ipv4Header h = d.ipHeader().orElseThrow();
    long seq = d.ah().map(AuthenticationHeader::sequenceNumber).orElse(0L);
    return VrrpIpv4PacketCodec.encode(d.advert(), h.source(), h.destination(),
        h.identification(), h.ttl(), seq, options);
  }

  @Test
  void v2PasswordAdvertDecodesAndReencodesIdentically() {
    VrrpCodecOptions opts = VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("abc12"));
    List<byte[]> packets = GoldenPackets.load("v2-pass");
    assertThat(packets).hasSizeGreaterThanOrEqualTo(2);
    for (byte[] p : packets) {
      DecodedAdvert d = decodeV4(p, opts);
      VrrpAdvertisement a = d.advert();
      assertThat(a.version()).isEqualTo(VrrpVersion.V2);
      assertThat(a.type()).isEqualTo(1);
      assertThat(a.vrid()).isEqualTo(51);
      assertThat(a.authType()).isEqualTo(AuthType.PASS);
      assertThat(a.authData()).isEqualTo("abc12\0\0\0".getBytes(StandardCharsets.US_ASCII));
      assertThat(a.advertInterval()).isEqualTo(Duration.ofSeconds(1));
      assertThat(a.addresses()).isEqualTo(VIPS);
      assertThat(d.checksum()).isEqualTo(ChecksumVariant.MESSAGE_ONLY);
      Ipv4Header h = d.ipHeader().orElseThrow();
      assertThat(h.source()).isEqualTo(SRC);
      assertThat(h.destination()).isEqualTo(GROUP);
      assertThat(h.ttl()).isEqualTo(255);
      assertThat(h.tos()).isEqualTo(0xc0);
      assertThat(reencode(d, opts)).isEqualTo(p);
    }
    VrrpAdvertisement first = decodeV4(packets.get(0), opts).advert();
    VrrpAdvertisement last = decodeV4(packets.get(packets.size() - 1), opts).advert();
    assertThat(first.priority()).isEqualTo(150);
    assertThat(first.checksum()).isEqualTo(0xb646);
    assertThat(last.priority()).as("SIGTERM sends priority 0").isZero();
    assertThat(last.checksum()).isEqualTo(0x4c47);
  }

  @Test
  void v2AhAdvertVerifiesKeepalivedIcvAndReencodesIdentically() {
    VrrpCodecOptions opts = VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("jkvrahpw"));
    List<byte[]> packets = GoldenPackets.load("v2-ah");
    long expectedSeq = 1;
    for (byte[] p : packets) {
      DecodedAdvert d = decodeV4(p, opts);
      AuthenticationHeader ah = d.ah().orElseThrow();
      assertThat(ah.nextHeader()).isEqualTo(112);
      assertThat(ah.payloadLength()).isEqualTo(4);
      assertThat(ah.spi()).isEqualTo(0xc6120701L);
      assertThat(ah.sequenceNumber()).isEqualTo(expectedSeq++);
      assertThat(d.ipHeader().orElseThrow().protocol()).isEqualTo(51);
      assertThat(d.advert().authType()).isEqualTo(AuthType.AH);
      assertThat(d.advert().authData()).containsOnly(0);
      assertThat(d.advert().vrid()).isEqualTo(52);
      assertThat(reencode(d, opts)).isEqualTo(p);
    }
  }

  @Test
  void v2AhAdvertWithWrongKeyIsAnAuthFailure() {
    VrrpCodecOptions opts = VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("wrongpw"));
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(GoldenPackets.load("v2-ah").get(0), opts);
    assertThat(r).isInstanceOfSatisfying(VrrpDecodeError.class,
        e -> assertThat(e.reason()).isEqualTo(VrrpDecodeError.Reason.AUTH_FAILURE));
  }

  @Test
  void v2UnicastAdvertDecodesAndReencodesIdentically() {
    for (byte[] p : GoldenPackets.load("v2-noauth-unicast")) {
      DecodedAdvert d = decodeV4(p, VrrpCodecOptions.DEFAULT);
      assertThat(d.advert().vrid()).isEqualTo(53);
      assertThat(d.advert().advertInterval()).isEqualTo(Duration.ofSeconds(2));
      assertThat(d.advert().authType()).isEqualTo(AuthType.NONE);
      assertThat(d.ipHeader().orElseThrow().destination()).isEqualTo(PEER);
      assertThat(reencode(d, VrrpCodecOptions.DEFAULT)).isEqualTo(p);
    }
  }

  @Test
  void v3Ipv4AdvertUsesPseudoHeaderChecksumAndCentiseconds() {
    List<byte[]> packets = GoldenPackets.load("v3-ipv4");
    for (byte[] p : packets) {
      DecodedAdvert d = decodeV4(p, VrrpCodecOptions.DEFAULT);
      VrrpAdvertisement a = d.advert();
      assertThat(a.version()).isEqualTo(VrrpVersion.V3);
      assertThat(a.vrid()).isEqualTo(54);
      assertThat(a.advertInterval()).isEqualTo(Duration.ofMillis(500));
      assertThat(a.addresses()).containsExactly(
          ip("198.18.7.110"), ip("198.18.7.111"), ip("198.18.7.112"));
      assertThat(a.authData()).isEmpty();
      assertThat(d.checksum()).isEqualTo(ChecksumVariant.PSEUDO_HEADER);
      assertThat(reencode(d, VrrpCodecOptions.DEFAULT)).isEqualTo(p);
    }
    assertThat(decodeV4(packets.get(0), VrrpCodecOptions.DEFAULT).advert().priority())
        .isEqualTo(200);
  }

  @Test
  void v3Ipv4AdvertFailsWhenCheckedWithoutPseudoHeader() {
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(GoldenPackets.load("v3-ipv4").get(0),
        VrrpCodecOptions.DEFAULT.withV3ChecksumAsV2(true));
    assertThat(r).isInstanceOfSatisfying(VrrpDecodeError.class,
        e -> assertThat(e.reason()).isEqualTo(VrrpDecodeError.Reason.CHECKSUM));
  }

  @Test
  void v3UnicastAdvertSumsTheUnicastDestination() {
    for (byte[] p : GoldenPackets.load("v3-ipv4-unicast")) {
      DecodedAdvert d = decodeV4(p, VrrpCodecOptions.DEFAULT);
      assertThat(d.checksum()).isEqualTo(ChecksumVariant.PSEUDO_HEADER);
      assertThat(d.advert().vrid()).isEqualTo(56);
      assertThat(reencode(d, VrrpCodecOptions.DEFAULT)).isEqualTo(p);
    }
  }

  @Test
  void oldUnicastChecksumSumsTheMulticastGroupAndIsAutoDetected() {
    List<byte[]> packets = GoldenPackets.load("v3-ipv4-unicast-old-checksum");
    VrrpCodecOptions old = VrrpCodecOptions.DEFAULT.withUnicastChecksum(UnicastChecksum.OLD);
    VrrpCodecOptions never = VrrpCodecOptions.DEFAULT.withUnicastChecksum(UnicastChecksum.NEVER);
    for (byte[] p : packets) {
      assertThat(decodeV4(p, VrrpCodecOptions.DEFAULT).checksum())
          .as("AUTO mode recognises the old form").isEqualTo(ChecksumVariant.OLD_UNICAST);
      DecodedAdvert d = decodeV4(p, old);
      assertThat(d.checksum()).isEqualTo(ChecksumVariant.OLD_UNICAST);
      assertThat(reencode(d, old)).isEqualTo(p);
      assertThat(VrrpIpv4PacketCodec.decode(p, never)).isInstanceOfSatisfying(
          VrrpDecodeError.class,
          e -> assertThat(e.reason()).isEqualTo(VrrpDecodeError.Reason.CHECKSUM));
    }
  }

  @Test
  void v3Ipv6AdvertDecodesAndReencodesIdentically() {
    for (byte[] p : GoldenPackets.load("v3-ipv6")) {
      GoldenPackets.Ipv6Packet six = GoldenPackets.ipv6(p);
      assertThat(six.context().destination()).isEqualTo(ip("ff02::12"));
      VrrpDecodeResult r = VrrpCodec.decode(six.payload(), six.context(), VrrpCodecOptions.DEFAULT);
      assertThat(r).isInstanceOf(DecodedAdvert.class);
      VrrpAdvertisement a = ((DecodedAdvert) r).advert();
      assertThat(a.isIpv6()).isTrue();
      assertThat(a.vrid()).isEqualTo(55);
      assertThat(a.addresses()).containsExactly(ip("fd00:7::100"), ip("fd00:7::101"));
      assertThat(a.advertInterval()).isEqualTo(Duration.ofSeconds(1));
      byte[] again = VrrpCodec.encode(a, six.context().source(), six.context().destination(),
          VrrpCodecOptions.DEFAULT);
      assertThat(again).isEqualTo(six.payload());
    }
  }

  @Test
  void v3Ipv6UnicastAdvertHasHopLimit64AndNeedsTheTtlCheckOff() {
    byte[] p = GoldenPackets.load("v3-ipv6-unicast").get(0);
    GoldenPackets.Ipv6Packet six = GoldenPackets.ipv6(p);
    assertThat(six.context().ttl()).isEqualTo(64);
    assertThat(VrrpCodec.decode(six.payload(), six.context(), VrrpCodecOptions.DEFAULT))
        .isInstanceOfSatisfying(VrrpDecodeError.class,
            e -> assertThat(e.reason()).isEqualTo(VrrpDecodeError.Reason.TTL));
    VrrpCodecOptions unicast = VrrpCodecOptions.DEFAULT.withCheckTtl(false);
    VrrpDecodeResult r = VrrpCodec.decode(six.payload(), six.context(), unicast);
    assertThat(r).isInstanceOf(DecodedAdvert.class);
    VrrpAdvertisement a = ((DecodedAdvert) r).advert();
    assertThat(a.vrid()).isEqualTo(58);
    assertThat(VrrpCodec.encode(a, six.context().source(), six.context().destination(), unicast))
        .isEqualTo(six.payload());
  }

  @Test
  void everyCapturedPacketCarriesTheIpHeaderKeepalivedBuilds() {
    for (String s : List.of("v2-pass", "v2-ah", "v2-noauth-unicast", "v3-ipv4")) {
      for (byte[] p : GoldenPackets.load(s)) {
        Ipv4DecodeResult r = Ipv4HeaderCodec.decode(p);
        assertThat(r).isInstanceOf(Ipv4Header.class);
        Ipv4Header h = (Ipv4Header) r;
        assertThat(Ipv4HeaderCodec.encode(h)).isEqualTo(Arrays.copyOf(p, 20));
        assertThat(h.headerChecksum()).isEqualTo(
            ((p[10] & 0xff) << 8) | (p[11] & 0xff));
      }
    }
  }
}

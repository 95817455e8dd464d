package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Round trips over generated adverts, and random bytes that must never make a decoder throw. */
class VrrpCodecPropertyTest {
  private static final Inet4Address SRC4 = (Inet4Address) GoldenPackets.ip("198.18.7.1");
  private static final Inet4Address GROUP4 = (Inet4Address) GoldenPackets.ip("224.0.0.18");
  private static final Inet4Address PEER4 = (Inet4Address) GoldenPackets.ip("198.18.7.2");
  private static final InetAddress SRC6 = GoldenPackets.ip("fe80::1");
  private static final InetAddress GROUP6 = GoldenPackets.ip("ff02::12");

  @Provide
  Arbitrary<InetAddress> ipv4() {
    return Arbitraries.bytes().array(byte[].class).ofSize(4).map(VrrpCodec::address);
  }

  @Provide
  Arbitrary<InetAddress> ipv6() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16).map(VrrpCodec::address);
  }

  @Provide
  Arbitrary<VrrpAuth> auth() {
    Arbitrary<String> pw = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    return Arbitraries.oneOf(Arbitraries.just(VrrpAuth.none()), pw.map(VrrpAuth::pass),
        pw.map(VrrpAuth::ah));
  }

  @Property
  void v2AdvertsRoundTripThroughRawIpv4Packets(
      @ForAll @IntRange(min = 0, max = 255) int vrid,
      @ForAll @IntRange(min = 0, max = 255) int prio,
      @ForAll @IntRange(min = 1, max = 255) int seconds,
      @ForAll("auth") VrrpAuth auth,
      @ForAll @Size(max = 20) List<@From("ipv4") InetAddress> addrs,
      @ForAll boolean unicast,
      @ForAll @IntRange(min = 0, max = 65535) int id) {
    VrrpAdvertisement a = VrrpAdvertisement.v2(vrid, prio, auth, Duration.ofSeconds(seconds), addrs);
    VrrpCodecOptions opts = VrrpCodecOptions.DEFAULT.withAuth(auth);
    byte[] packet = VrrpIpv4PacketCodec.encode(a, SRC4, unicast ? PEER4 : GROUP4, id, 255, 42, opts);
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(packet, opts);
    assertThat(r).isInstanceOf(DecodedAdvert.class);
    DecodedAdvert d = (DecodedAdvert) r;
    assertThat(d.advert()).isEqualTo(withChecksumOf(a, d.advert().checksum()));
    assertThat(d.ah().isPresent()).isEqualTo(auth.type() == AuthType.AH);
    assertThat(VrrpIpv4PacketCodec.encode(d.advert(), SRC4, unicast ? PEER4 : GROUP4, id, 255,
        42, opts)).isEqualTo(packet);
  }

  @Property
  void v3Ipv4AdvertsRoundTripUnderEveryChecksumOption(
      @ForAll @IntRange(min = 0, max = 255) int prio,
      @ForAll @IntRange(min = 1, max = 4095) int centis,
      @ForAll @Size(max = 20) List<@From("ipv4") InetAddress> addrs,
      @ForAll boolean asV2,
      @ForAll UnicastChecksum mode,
      @ForAll boolean unicast) {
    VrrpAdvertisement a = VrrpAdvertisement.v3(9, prio, Duration.ofMillis(centis * 10L), addrs);
    VrrpCodecOptions opts =
        VrrpCodecOptions.DEFAULT.withV3ChecksumAsV2(asV2).withUnicastChecksum(mode);
    InetAddress dst = unicast ? PEER4 : GROUP4;
    byte[] m = VrrpCodec.encode(a, SRC4, dst, opts);
    VrrpDecodeResult r = VrrpCodec.decode(m, new PacketContext(SRC4, dst, 255, 112), opts);
    assertThat(r).isInstanceOf(DecodedAdvert.class);
    DecodedAdvert d = (DecodedAdvert) r;
    assertThat(d.checksum()).isEqualTo(VrrpCodec.sendVariant(a, dst, opts));
    assertThat(VrrpCodec.encode(d.advert(), SRC4, dst, opts)).isEqualTo(m);
  }

  @Property
  void v3Ipv6AdvertsRoundTrip(
      @ForAll @IntRange(min = 0, max = 255) int prio,
      @ForAll @IntRange(min = 1, max = 4095) int centis,
      @ForAll @Size(max = 10) List<@From("ipv6") InetAddress> addrs) {
    VrrpAdvertisement a = VrrpAdvertisement.v3(200, prio, Duration.ofMillis(centis * 10L), addrs);
    byte[] m = VrrpCodec.encode(a, SRC6, GROUP6, VrrpCodecOptions.DEFAULT);
    VrrpDecodeResult r =
        VrrpCodec.decode(m, new PacketContext(SRC6, GROUP6, 255, 112), VrrpCodecOptions.DEFAULT);
    assertThat(r).isInstanceOf(DecodedAdvert.class);
    VrrpAdvertisement back = ((DecodedAdvert) r).advert();
    assertThat(back).isEqualTo(withChecksumOf(a, back.checksum()));
    assertThat(back.addresses()).allMatch(x -> x instanceof Inet6Address);
  }

  @Property(tries = 3000)
  void randomRawPacketsNeverThrow(
      @ForAll @Size(max = 200) byte[] bytes, @ForAll("auth") VrrpAuth auth) {
    VrrpDecodeResult r = VrrpIpv4PacketCodec.decode(bytes, VrrpCodecOptions.DEFAULT.withAuth(auth));
    assertThat(r).isNotNull();
  }

  @Property(tries = 3000)
  void randomVrrpMessagesNeverThrow(
      @ForAll @Size(max = 120) byte[] bytes, @ForAll boolean six,
      @ForAll @IntRange(min = 0, max = 255) int ttl, @ForAll boolean ah,
      @ForAll("auth") VrrpAuth auth, @ForAll UnicastChecksum mode) {
    PacketContext ctx = six
        ? new PacketContext(SRC6, GROUP6, ttl, 112)
        : new PacketContext(SRC4, PEER4, ttl, ah ? 51 : 112);
    VrrpCodecOptions opts = VrrpCodecOptions.DEFAULT.withAuth(auth).withUnicastChecksum(mode)
        .withCheckTtl(ttl % 2 == 0);
    assertThat(VrrpCodec.decode(bytes, ctx, opts)).isNotNull();
  }

  @Property(tries = 3000)
  void mutatedGoldenPacketsNeverThrow(
      @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 10_000) Integer> flips,
      @ForAll @IntRange(min = -8, max = 8) int resize) {
    String[] names = {"v2-pass", "v2-ah", "v3-ipv4", "v3-ipv4-unicast"};
    byte[] p = GoldenPackets.load(names[which]).get(0);
    byte[] m = java.util.Arrays.copyOf(p, Math.max(0, p.length + resize));
    for (int f : flips) {
      if (m.length > 0) {
        m[f % m.length] ^= (byte) (1 << (f % 8));
      }
    }
    List<VrrpCodecOptions> all = new ArrayList<>();
    all.add(VrrpCodecOptions.DEFAULT);
    all.add(VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.pass("abc12")));
    all.add(VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("jkvrahpw")));
    for (VrrpCodecOptions o : all) {
      assertThat(VrrpIpv4PacketCodec.decode(m, o)).isNotNull();
    }
  }

  private static VrrpAdvertisement withChecksumOf(VrrpAdvertisement a, int checksum) {
    return new VrrpAdvertisement(a.version(), a.type(), a.vrid(), a.priority(), a.authType(),
        a.authData(), a.advertInterval(), a.addresses(), checksum);
  }
}

package org.jkeepalived.bfd.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jkeepalived.mibs.config.BfdAuthConfig.Type;
import org.jkeepalived.mibs.model.BfdState;

/** Round trips over generated packets; random bytes never make the decoder throw. */
class BfdControlCodecPropertyTest {

  @Provide
  Arbitrary<Optional<BfdAuthSection>> auth() {
    Arbitrary<BfdAuthSection> pw = Combinators.combine(Arbitraries.integers().between(0, 255),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16))
        .as(BfdAuthSection::password);
    Arbitrary<BfdAuthSection> keyed = Combinators.combine(
        Arbitraries.of(Type.KEYED_MD5, Type.METICULOUS_KEYED_MD5,
            Type.KEYED_SHA1, Type.METICULOUS_KEYED_SHA1),
        Arbitraries.integers().between(0, 255), Arbitraries.longs().between(0, 0xFFFFFFFFL),
        Arbitraries.bytes().array(byte[].class).ofSize(20))
        .as((t, k, s, d) -> new BfdAuthSection(t, k, s, java.util.Arrays.copyOf(d, t.digestLength())));
    return Arbitraries.oneOf(Arbitraries.just(Optional.empty()), pw.map(Optional::of),
        keyed.map(Optional::of));
  }

  @Provide
  Arbitrary<BfdControlPacket> packets() {
    Arbitrary<Duration> interval = Arbitraries.longs().between(0, 0xFFFFFFFFL)
        .map(us -> Duration.ofNanos(us * 1000));
    Arbitrary<Long> discr = Arbitraries.longs().between(1, 0xFFFFFFFFL);
    Arbitrary<BfdState> state = Arbitraries.of(BfdState.ADMIN_DOWN, BfdState.DOWN, BfdState.INIT,
        BfdState.UP);
    Arbitrary<boolean[]> flags = Arbitraries.of(true, false).array(Boolean[].class).ofSize(4)
        .map(a -> new boolean[] {a[0], a[1], a[2], a[3]});
    return Combinators.combine(Arbitraries.integers().between(0, 31), state, flags,
        Arbitraries.integers().between(1, 255), discr, discr, interval, interval)
        .flatAs((diag, st, f, mult, my, your, tx, rx) -> Combinators.combine(interval, auth())
            .as((echo, a) -> new BfdControlPacket(diag, st, f[0], f[1], f[2], f[3], false, mult,
                my, your, tx, rx, echo, a)));
  }

  @Property(tries = 500)
  void encodeThenDecodeGivesThePacketBack(@ForAll("packets") BfdControlPacket p) {
    assertThat(BfdControlCodec.decode(BfdControlCodec.encode(p))).isEqualTo(p);
  }

  @Property(tries = 2000)
  void randomBytesDecodeToAPacketOrADiscardNeverAnException(
      @ForAll @Size(max = 80) byte[] bytes) {
    BfdDecodeResult r = BfdControlCodec.decode(bytes);
    assertThat(r).isNotNull();
    if (r instanceof BfdControlPacket p) {
      // whatever decodes is legal: re-encoding and decoding again is stable
      assertThat(BfdControlCodec.decode(BfdControlCodec.encode(p))).isEqualTo(p);
    }
  }

  @Property(tries = 2000)
  void mutatedLegalPacketsNeverThrow(@ForAll("packets") BfdControlPacket p,
      @ForAll @Size(min = 1, max = 4) java.util.List<@net.jqwik.api.constraints.IntRange(max = 51) Integer> at,
      @ForAll byte value) {
    byte[] b = BfdControlCodec.encode(p);
    for (int i : at) {
      b[i % b.length] = value;
    }
    assertThat(BfdControlCodec.decode(b)).isNotNull();
  }
}

package org.jkeepalived.bfd.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jkeepalived.mibs.model.BfdState;
import org.junit.jupiter.api.Test;

/**
 * Every distinct control packet of the FRR bfdd <-> keepalived 2.2.7 capture
 * (../shared/conformance/bfd/bfd-frr-keepalived.pcapng): decoded, each field must equal what
 * tshark's BFD dissector read from the same bytes, and encoding the record gives the bytes back.
 */
class BfdGoldenPacketTest {

  static List<String[]> golden() throws IOException {
    try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        BfdGoldenPacketTest.class.getResourceAsStream("frr-keepalived-golden.tsv")),
        StandardCharsets.US_ASCII))) {
      return in.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }
  }

  @Test
  void everyCapturedPacketDecodesAsTsharkReadsItAndEncodesBackToItsBytes() throws IOException {
    List<String[]> rows = golden();
    assertThat(rows).hasSizeGreaterThan(100);
    for (String[] f : rows) {
      byte[] bytes = HexFormat.of().parseHex(f[2]);
      BfdDecodeResult r = BfdControlCodec.decode(bytes);
      assertThat(r).as("frame %s", f[0]).isInstanceOf(BfdControlPacket.class);
      BfdControlPacket p = (BfdControlPacket) r;
      assertThat(f[3]).isEqualTo("1");
      assertThat(p.diag()).isEqualTo(Integer.decode(f[4]));
      assertThat(BfdControlCodec.wireState(p.state())).isEqualTo(Integer.decode(f[5]));
      assertThat(p.poll()).isEqualTo(f[6].equals("1"));
      assertThat(p.fin()).isEqualTo(f[7].equals("1"));
      assertThat(p.controlPlaneIndependent()).isEqualTo(f[8].equals("1"));
      assertThat(p.authPresent()).isEqualTo(f[9].equals("1"));
      assertThat(p.demand()).isEqualTo(f[10].equals("1"));
      assertThat(p.multipoint()).isEqualTo(f[11].equals("1"));
      assertThat(p.detectMult()).isEqualTo(Integer.parseInt(f[12]));
      assertThat(p.length()).isEqualTo(Integer.parseInt(f[13]));
      assertThat(p.myDiscriminator()).isEqualTo(Long.decode(f[14]));
      assertThat(p.yourDiscriminator()).isEqualTo(Long.decode(f[15]));
      assertThat(p.desiredMinTx()).isEqualTo(Duration.ofNanos(Long.parseLong(f[16]) * 1000));
      assertThat(p.requiredMinRx()).isEqualTo(Duration.ofNanos(Long.parseLong(f[17]) * 1000));
      assertThat(p.requiredMinEchoRx()).isEqualTo(Duration.ofNanos(Long.parseLong(f[18]) * 1000));
      assertThat(BfdControlCodec.encode(p)).as("frame %s", f[0]).isEqualTo(bytes);
    }
  }

  @Test
  void keepalivedsFirstPacketIsDownWithOneSecondSlowTransmit() {
    // frame 1: keepalived starts Down, Your Discriminator 0, Desired Min TX 1 s (RFC 5880 6.8.3)
    BfdControlPacket p = (BfdControlPacket) BfdControlCodec.decode(HexFormat.of().parseHex(
        "204003183827594900000000000f42400000c35000000000"));
    assertThat(p.state()).isEqualTo(BfdState.DOWN);
    assertThat(p.yourDiscriminator()).isZero();
    assertThat(p.desiredMinTx()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.requiredMinRx()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void frrAnswersThePollWithFinal() {
    // frames 5 and 6: bfdd's Up with Poll, then its Final once keepalived's poll arrived (6.5)
    BfdControlPacket poll = (BfdControlPacket) BfdControlCodec.decode(HexFormat.of().parseHex(
        "20e00318dc3f972a382759490000c3500000c3500000c350"));
    BfdControlPacket fin = (BfdControlPacket) BfdControlCodec.decode(HexFormat.of().parseHex(
        "20d00318dc3f972a382759490000c3500000c3500000c350"));
    assertThat(poll.poll()).isTrue();
    assertThat(poll.fin()).isFalse();
    assertThat(fin.fin()).isTrue();
    assertThat(fin.poll()).isFalse();
    assertThat(fin.state()).isEqualTo(BfdState.UP);
  }
}

package org.jkeepalived.vrrp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jkeepalived.linux.raw.FakeLan;
import org.jkeepalived.linux.raw.FakeRawIpSocket;
import org.jkeepalived.linux.raw.RawDatagram;
import org.jkeepalived.linux.raw.RawIpSocket;
import org.jkeepalived.linux.raw.RawSocketConfig;
import org.jkeepalived.engine.loop.FakeScheduler;
import org.jkeepalived.vrrp.instance.VrrpSocket;
import org.jkeepalived.vrrp.packet.PacketContext;
import org.jkeepalived.vrrp.packet.VrrpAuth;
import org.jkeepalived.vrrp.packet.VrrpCodecOptions;
import org.jkeepalived.vrrp.packet.VrrpDecodeError;
import org.jkeepalived.vrrp.packet.VrrpIpv4PacketCodec;
import org.junit.jupiter.api.Test;

/** AH channels over a fake LAN, checked against keepalived 2.2.7's captured AH adverts. */
class AhChannelTest {
  private static final VrrpCodecOptions AH = VrrpCodecOptions.DEFAULT.withAuth(
      VrrpAuth.ah("jkvrahpw"));
  private final FakeScheduler loop = new FakeScheduler(Instant.EPOCH);
  private final FakeLan lan = new FakeLan();
  private final List<String> got = new ArrayList<>();
  private final List<VrrpDecodeError> rejected = new ArrayList<>();

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  /** keepalived's adverts (VRID 52, source 198.18.7.1, sequence 1, 2, ...). */
  private static List<byte[]> golden() throws Exception {
    try (InputStream in = AhChannelTest.class.getResourceAsStream(
        "/org/jkeepalived/vrrp/packet/golden/v2-ah.hex")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> HexFormat.of().parseHex(l.trim())).toList();
    }
  }

  private VrrpChannel channel(FakeRawIpSocket s) {
    VrrpChannel c = new VrrpChannel(new ChannelKey("eth0", false, s.address(), true), s, s, loop);
    c.start(new RawSocketProvider() {
      @Override
      public RawIpSocket open(RawSocketConfig config) {
        throw new UnsupportedOperationException();
      }

      @Override
      public AutoCloseable receive(RawIpSocket socket, String name, Consumer<RawDatagram> sink) {
        ((FakeRawIpSocket) socket).setReceiveListener(sink);
        return () -> { };
      }
    });
    return c;
  }

  private VrrpSocket listen(VrrpChannel c, int vrid, VrrpCodecOptions opts) {
    VrrpSocket s = c.socketFor(vrid, opts, (e, from) -> rejected.add(e));
    s.onReceive((m, ctx) -> got.add(describe(m, ctx)));
    return s;
  }

  private static String describe(byte[] m, PacketContext ctx) {
    return "vrid " + (m[1] & 0xff) + " prio " + (m[2] & 0xff) + " from "
        + ctx.source().getHostAddress() + " proto " + ctx.protocol() + " len " + m.length;
  }

  private static RawDatagram datagram(byte[] packet) throws Exception {
    return new RawDatagram(ip("198.18.7.1"), ip("224.0.0.18"), packet[8] & 0xff, 2, packet, 20);
  }

  @Test
  void acceptsKeepalivedsAdvertsInOrderAndDropsAReplay() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("198.18.7.2"), 51, 2);
    VrrpChannel c = channel(mine);
    listen(c, 52, AH);
    List<byte[]> packets = golden();
    c.onDatagram(datagram(packets.get(0)));
    c.onDatagram(datagram(packets.get(1)));
    c.onDatagram(datagram(packets.get(0))); // replayed
    loop.advanceBy(Duration.ZERO);
    assertThat(got).hasSize(2).allMatch(s -> s.startsWith("vrid 52 ") && s.contains("proto 51"));
    assertThat(rejected).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(VrrpDecodeError.Reason.AUTH_FAILURE);
      assertThat(e.detail()).contains("sequence number 1 already processed");
    });
    assertThat(c.ahSequence(52)).isEqualTo(2);
  }

  @Test
  void wrongKeyOrTamperedHeaderIsAnAuthFailure() throws Exception {
    FakeRawIpSocket mine = lan.attach(ip("198.18.7.2"), 51, 2);
    VrrpChannel c = channel(mine);
    listen(c, 52, VrrpCodecOptions.DEFAULT.withAuth(VrrpAuth.ah("otherpw")));
    byte[] p = golden().get(0);
    c.onDatagram(datagram(p));
    loop.advanceBy(Duration.ZERO);
    assertThat(got).isEmpty();
    assertThat(rejected).extracting(VrrpDecodeError::reason)
        .containsExactly(VrrpDecodeError.Reason.AUTH_FAILURE);
    assertThat(c.ahSequence(52)).as("a bad packet does not move the counter").isZero();
  }

  @Test
  void sendsKeepalivedsBytesForTheSameIdentificationAndSequence() throws Exception {
    byte[] first = golden().get(0);
    int id = ((first[4] & 0xff) << 8) | (first[5] & 0xff);
    AhEndpoint ours = new AhEndpoint(AH, id - 1);
    byte[] sent = ours.wrap(VrrpIpv4PacketCodec.vrrpMessage(first), ip("198.18.7.1"),
        ip("224.0.0.18"), 255);
    assertThat(HexFormat.of().formatHex(sent)).isEqualTo(HexFormat.of().formatHex(first));
    assertThat(ours.sequence()).isEqualTo(1);
  }

  @Test
  void twoAhChannelsTalkWithIncreasingSequenceNumbers() throws Exception {
    FakeRawIpSocket a = lan.attach(ip("198.18.7.1"), 51, 2);
    FakeRawIpSocket b = lan.attach(ip("198.18.7.2"), 51, 3);
    b.joinGroup(ip("224.0.0.18"));
    VrrpChannel ca = channel(a);
    VrrpChannel cb = channel(b);
    VrrpSocket sender = ca.socketFor(52, AH, (e, from) -> rejected.add(e));
    listen(cb, 52, AH);
    byte[] message = VrrpIpv4PacketCodec.vrrpMessage(golden().get(0));
    sender.send(message, ip("224.0.0.18"));
    sender.send(message, ip("224.0.0.18"));
    loop.advanceBy(Duration.ZERO);
    assertThat(got).containsExactly(
        "vrid 52 prio 151 from 198.18.7.1 proto 51 len 24",
        "vrid 52 prio 151 from 198.18.7.1 proto 51 len 24");
    assertThat(a.sent()).hasSize(2).allSatisfy(s -> {
      assertThat(s.payload()[9]).as("IP protocol AH").isEqualTo((byte) 51);
      assertThat(s.hops()).isEqualTo(255);
    });
    assertThat(cb.ahSequence(52)).isEqualTo(2);
    assertThat(rejected).isEmpty();
  }
}

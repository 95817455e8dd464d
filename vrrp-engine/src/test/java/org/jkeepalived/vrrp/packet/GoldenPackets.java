package org.jkeepalived.vrrp.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Loads the packets captured from keepalived 2.2.7 by golden/capture.sh. */
final class GoldenPackets {
  private GoldenPackets() {}

  /** The packets of one scenario, whole IP packets in capture order. */
  static List<byte[]> load(String scenario) {
    String path = "golden/" + scenario + ".hex";
    try (InputStream in = GoldenPackets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> HexFormat.of().parseHex(l.trim()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // literals only: no lookup
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A captured IPv6 packet split into what a raw IPv6 socket reports and its payload. */
  record Ipv6Packet(PacketContext context, byte[] payload) {}

  /** Splits a captured IPv6 packet (fixed 40-octet header, no extension headers). */
  static Ipv6Packet ipv6(byte[] packet) {
    PacketContext ctx = new PacketContext(
        VrrpCodec.address(Arrays.copyOfRange(packet, 8, 24)),
        VrrpCodec.address(Arrays.copyOfRange(packet, 24, 40)),
        packet[7] & 0xff, packet[6] & 0xff);
    return new Ipv6Packet(ctx, Arrays.copyOfRange(packet, 40, packet.length));
  }
}

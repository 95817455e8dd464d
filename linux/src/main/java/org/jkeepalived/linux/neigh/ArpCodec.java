package org.jkeepalived.linux.neigh;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Encodes and decodes Ethernet ARP frames: a 14-byte Ethernet header (type 0x0806) and the 28-byte
 * Ethernet/IPv4 ARP body (RFC 826). Frames are not padded to 60 bytes; the driver pads them.
 */
public final class ArpCodec {
  private ArpCodec() {}

  public static final int FRAME_LEN = 42;
  private static final int ETHERTYPE_ARP = 0x0806;
  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int HTYPE_ETHERNET = 1;

  public static byte[] encode(ArpPacket p) {
    ByteBuffer b = ByteBuffer.allocate(FRAME_LEN);
    b.put(p.ethDestination().bytes()).put(p.ethSource().bytes()).putShort((short) ETHERTYPE_ARP);
    b.putShort((short) HTYPE_ETHERNET).putShort((short) ETHERTYPE_IPV4);
    b.put((byte) 6).put((byte) 4).putShort((short) p.operation());
    b.put(p.senderHardware().bytes()).put(p.senderProtocol().getAddress());
    b.put(p.targetHardware().bytes()).put(p.targetProtocol().getAddress());
    return b.array();
  }

  /**
   * Decodes a frame (trailing Ethernet padding allowed); throws IllegalArgumentException when it
   * is not an Ethernet/IPv4 ARP frame.
   */
  public static ArpPacket decode(byte[] frame) {
    if (frame.length < FRAME_LEN) {
      throw new IllegalArgumentException("ARP frame needs 42 bytes, got " + frame.length);
    }
    ByteBuffer b = ByteBuffer.wrap(frame);
    MacAddress dst = mac(b);
    MacAddress src = mac(b);
    int ethType = b.getShort() & 0xffff;
    int htype = b.getShort() & 0xffff;
    int ptype = b.getShort() & 0xffff;
    int hlen = b.get() & 0xff;
    int plen = b.get() & 0xff;
    if (ethType != ETHERTYPE_ARP || htype != HTYPE_ETHERNET || ptype != ETHERTYPE_IPV4
        || hlen != 6 || plen != 4) {
      throw new IllegalArgumentException(String.format(
          "not Ethernet/IPv4 ARP: ethertype 0x%04x htype %d ptype 0x%04x hlen %d plen %d",
          ethType, htype, ptype, hlen, plen));
    }
    int op = b.getShort() & 0xffff;
    if (op != ArpPacket.REQUEST && op != ArpPacket.REPLY) {
      throw new IllegalArgumentException("ARP operation " + op);
    }
    MacAddress sha = mac(b);
    Inet4Address spa = ipv4(b);
    MacAddress tha = mac(b);
    Inet4Address tpa = ipv4(b);
    return new ArpPacket(dst, src, op, sha, spa, tha, tpa);
  }

  private static MacAddress mac(ByteBuffer b) {
    byte[] m = new byte[6];
    b.get(m);
    return MacAddress.of(m);
  }

  private static Inet4Address ipv4(ByteBuffer b) {
    byte[] a = new byte[4];
    b.get(a);
    try {
      return (Inet4Address) InetAddress.getByAddress(Arrays.copyOf(a, 4));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}

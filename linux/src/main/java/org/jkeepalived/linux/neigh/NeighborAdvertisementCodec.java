package org.jkeepalived.linux.neigh;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/**
 * The ICMPv6 body of a Neighbor Advertisement (type 136, code 0; RFC 4861 section 4.4): 4 bytes
 * of type/code/checksum, 4 of flags (R 0x80, S 0x40, O 0x20 in the first byte), the 16-byte
 * target, then options in 8-byte units. The checksum field is left 0: a raw ICMPv6 socket has the
 * kernel fill it in (RFC 3542 section 3.1). Decoding checks RFC 4861 section 7.1.2's length
 * rules but not the checksum or hop limit, which the receiving socket reports.
 */
public final class NeighborAdvertisementCodec {
  private NeighborAdvertisementCodec() {}

  public static final int TYPE = 136;
  private static final int BASE_LEN = 24;
  private static final int OPT_TARGET_LLA = 2;

  public static byte[] encode(NeighborAdvertisement na) {
    int len = BASE_LEN + (na.targetLinkLayer() != null ? 8 : 0);
    ByteBuffer b = ByteBuffer.allocate(len);
    b.put((byte) TYPE).put((byte) 0).putShort((short) 0);
    int flags = (na.router() ? 0x80 : 0) | (na.solicited() ? 0x40 : 0) | (na.override() ? 0x20 : 0);
    b.put((byte) flags).put(new byte[3]);
    b.put(na.target().getAddress());
    if (na.targetLinkLayer() != null) {
      b.put((byte) OPT_TARGET_LLA).put((byte) 1).put(na.targetLinkLayer().bytes());
    }
    return b.array();
  }

  public static NeighborAdvertisement decode(byte[] icmp) {
    if (icmp.length < BASE_LEN) {
      throw new IllegalArgumentException("NA needs 24 bytes, got " + icmp.length);
    }
    ByteBuffer b = ByteBuffer.wrap(icmp);
    int type = b.get() & 0xff;
    int code = b.get() & 0xff;
    if (type != TYPE || code != 0) {
      throw new IllegalArgumentException("not a neighbor advertisement: type " + type + " code "
          + code);
    }
    b.getShort(); // checksum, verified by the kernel
    int flags = b.get() & 0xff;
    b.position(8);
    byte[] t = new byte[16];
    b.get(t);
    Inet6Address target;
    try {
      target = (Inet6Address) InetAddress.getByAddress(null, t);
    } catch (UnknownHostException | ClassCastException e) {
      throw new IllegalArgumentException("bad NA target", e);
    }
    MacAddress lla = null;
    while (b.remaining() > 0) {
      if (b.remaining() < 2) {
        throw new IllegalArgumentException("truncated NA option");
      }
      int optType = b.get() & 0xff;
      int units = b.get() & 0xff;
      // RFC 4861 section 4.6: a zero length option is invalid and the packet is dropped.
      if (units == 0 || units * 8 - 2 > b.remaining()) {
        throw new IllegalArgumentException("NA option " + optType + " length " + units);
      }
      byte[] body = new byte[units * 8 - 2];
      b.get(body);
      if (optType == OPT_TARGET_LLA && body.length >= 6) {
        lla = MacAddress.of(java.util.Arrays.copyOf(body, 6));
      }
    }
    return new NeighborAdvertisement(
        (flags & 0x80) != 0, (flags & 0x40) != 0, (flags & 0x20) != 0, target, lla);
  }
}

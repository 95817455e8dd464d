package org.jkeepalived.lvs.check.ping;

/**
 * ICMP and ICMPv6 echo messages (RFC 792, RFC 4443 section 4): the request PING_CHECK sends and
 * the test of a reply. Pure: bytes in, bytes out.
 */
public final class IcmpEcho {
  public static final int ECHO_REQUEST_V4 = 8;
  public static final int ECHO_REPLY_V4 = 0;
  public static final int ECHO_REQUEST_V6 = 128;
  public static final int ECHO_REPLY_V6 = 129;
  static final int HEADER = 8;

  private IcmpEcho() {}

  /**
   * An echo request with {@code payload}. The IPv4 checksum is filled in (RFC 792); for ICMPv6
   * the kernel computes it over the pseudo-header (RFC 4443 section 2.3), so it is left 0.
   */
  public static byte[] request(boolean v6, int id, int seq, byte[] payload) {
    byte[] b = new byte[HEADER + payload.length];
    b[0] = (byte) (v6 ? ECHO_REQUEST_V6 : ECHO_REQUEST_V4);
    b[4] = (byte) (id >> 8);
    b[5] = (byte) id;
    b[6] = (byte) (seq >> 8);
    b[7] = (byte) seq;
    System.arraycopy(payload, 0, b, HEADER, payload.length);
    if (!v6) {
      int sum = checksum(b, 0, b.length);
      b[2] = (byte) (sum >> 8);
      b[3] = (byte) sum;
    }
    return b;
  }

  /** The Internet checksum (RFC 1071). */
  public static int checksum(byte[] b, int off, int len) {
    long sum = 0;
    for (int i = 0; i + 1 < len; i += 2) {
      sum += ((b[off + i] & 0xff) << 8) | (b[off + i + 1] & 0xff);
    }
    if ((len & 1) != 0) {
      sum += (b[off + len - 1] & 0xff) << 8;
    }
    while ((sum >> 16) != 0) {
      sum = (sum & 0xffff) + (sum >> 16);
    }
    return (int) (~sum & 0xffff);
  }

  /**
   * Whether {@code b} is the echo reply to our request. A raw IPv4 socket hands over the IP
   * header too, which is skipped (its IHL); on an ICMP datagram socket the kernel owns the
   * identifier, so only the sequence number is compared ({@code checkId} false).
   */
  public static boolean isReply(boolean v6, boolean ipHeader, byte[] b, int len, int id, int seq,
      boolean checkId) {
    int off = 0;
    if (ipHeader) {
      if (len < 20 || (b[0] >> 4 & 0xf) != 4) {
        return false;
      }
      off = (b[0] & 0x0f) * 4;
    }
    if (len - off < HEADER) {
      return false;
    }
    int type = b[off] & 0xff;
    if (type != (v6 ? ECHO_REPLY_V6 : ECHO_REPLY_V4)) {
      return false;
    }
    int gotId = ((b[off + 4] & 0xff) << 8) | (b[off + 5] & 0xff);
    int gotSeq = ((b[off + 6] & 0xff) << 8) | (b[off + 7] & 0xff);
    return gotSeq == (seq & 0xffff) && (!checkId || gotId == (id & 0xffff));
  }
}

package org.jkeepalived.linux.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a received netlink datagram into messages and decodes {@code nlmsgerr}. Checks only
 * wire legality (lengths and alignment); what a message means is the caller's business.
 */
public final class NetlinkCodec {
  private NetlinkCodec() {}

  /** Decodes every message in {@code data[0..len)}; throws on a truncated or short header. */
  public static List<NetlinkMessage> decode(byte[] data, int len) {
    ByteBuffer b = ByteBuffer.wrap(data, 0, len).order(ByteOrder.nativeOrder());
    List<NetlinkMessage> out = new ArrayList<>();
    while (b.remaining() >= Netlink.HEADER_LEN) {
      int start = b.position();
      int msgLen = b.getInt();
      if (msgLen < Netlink.HEADER_LEN || msgLen > len - start) {
        throw new MalformedNetlinkException("message length " + msgLen + " at offset " + start
            + " outside datagram of " + len);
      }
      int type = b.getShort() & 0xffff;
      int flags = b.getShort() & 0xffff;
      int seq = b.getInt();
      int port = b.getInt();
      byte[] payload = new byte[msgLen - Netlink.HEADER_LEN];
      b.get(payload);
      out.add(new NetlinkMessage(type, flags, seq, port, payload));
      b.position(Math.min(len, start + Netlink.align(msgLen)));
    }
    if (b.remaining() != 0) {
      throw new MalformedNetlinkException(b.remaining() + " trailing bytes after last message");
    }
    return out;
  }

  /**
   * The errno of an NLMSG_ERROR message as a positive number; 0 is an ACK. The kernel sends it
   * negated (netlink(7)).
   */
  public static int errorCode(NetlinkMessage error) {
    if (error.type() != Netlink.NLMSG_ERROR) {
      throw new IllegalArgumentException("not NLMSG_ERROR: " + error);
    }
    ByteBuffer p = error.payload();
    if (p.remaining() < 4) {
      throw new MalformedNetlinkException("NLMSG_ERROR shorter than its error code");
    }
    return -p.getInt();
  }
}

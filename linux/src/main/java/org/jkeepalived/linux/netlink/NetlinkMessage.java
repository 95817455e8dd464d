package org.jkeepalived.linux.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One netlink message: the {@code nlmsghdr} fields and the payload that follows the header (the
 * family header, e.g. {@code ifaddrmsg} or {@code genlmsghdr}, then attributes). Immutable.
 */
public final class NetlinkMessage {
  private final int type;
  private final int flags;
  private final int seq;
  private final int portId;
  private final byte[] payload;

  public NetlinkMessage(int type, int flags, int seq, int portId, byte[] payload) {
    this.type = type;
    this.flags = flags;
    this.seq = seq;
    this.portId = portId;
    this.payload = payload.clone();
  }

  public int type() {
    return type;
  }

  public int flags() {
    return flags;
  }

  public int seq() {
    return seq;
  }

  public int portId() {
    return portId;
  }

  public int length() {
    return Netlink.HEADER_LEN + payload.length;
  }

  /** A read-only host-order view of the payload, positioned at 0. */
  public ByteBuffer payload() {
    return ByteBuffer.wrap(payload).asReadOnlyBuffer().order(ByteOrder.nativeOrder());
  }

  public byte[] payloadBytes() {
    return payload.clone();
  }

  public boolean hasFlag(int flag) {
    return (flags & flag) == flag;
  }

  /** The same message with another sequence number (requests are numbered by the socket). */
  public NetlinkMessage withSeq(int newSeq) {
    return new NetlinkMessage(type, flags, newSeq, portId, payload);
  }

  /** The wire form, header included, length field set, padded to 4 bytes. */
  public byte[] encode() {
    ByteBuffer b = ByteBuffer.allocate(Netlink.align(length())).order(ByteOrder.nativeOrder());
    b.putInt(length()).putShort((short) type).putShort((short) flags).putInt(seq).putInt(portId);
    b.put(payload);
    return b.array();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetlinkMessage m
        && m.type == type
        && m.flags == flags
        && m.seq == seq
        && m.portId == portId
        && Arrays.equals(m.payload, payload);
  }

  @Override
  public int hashCode() {
    return ((type * 31 + flags) * 31 + seq) * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "NetlinkMessage{type=" + type + ", flags=0x" + Integer.toHexString(flags) + ", seq=" + seq
        + ", port=" + portId + ", payload=" + payload.length + "B}";
  }
}

package org.jkeepalived.linux.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds one netlink message: the family header bytes, then attributes, nested attributes
 * included (for generic netlink / IPVS). Attribute payloads are padded to 4 bytes as NLA_ALIGN
 * requires; the attribute length field excludes the padding.
 */
public final class MessageBuilder {
  private final int type;
  private final int flags;
  private byte[] buf = new byte[256];
  private int len;
  private final Deque<Integer> nestStarts = new ArrayDeque<>();

  private MessageBuilder(int type, int flags) {
    this.type = type;
    this.flags = flags;
  }

  /** A message of the given type and NLM_F flags; seq and port id are set by the socket. */
  public static MessageBuilder of(int type, int flags) {
    return new MessageBuilder(type, flags);
  }

  /** Appends raw family-header bytes (e.g. an encoded {@code ifaddrmsg}). */
  public MessageBuilder header(byte[] familyHeader) {
    append(familyHeader, familyHeader.length);
    pad();
    return this;
  }

  public MessageBuilder attr(int attrType, byte[] value) {
    ByteBuffer h = host(Netlink.ATTR_HEADER_LEN);
    h.putShort((short) (Netlink.ATTR_HEADER_LEN + value.length)).putShort((short) attrType);
    append(h.array(), 4);
    append(value, value.length);
    pad();
    return this;
  }

  public MessageBuilder attrU8(int attrType, int value) {
    return attr(attrType, new byte[] {(byte) value});
  }

  public MessageBuilder attrU16(int attrType, int value) {
    return attr(attrType, host(2).putShort((short) value).array());
  }

  public MessageBuilder attrU32(int attrType, int value) {
    return attr(attrType, host(4).putInt(value).array());
  }

  /** A 16-bit value in network byte order (e.g. IPVS ports). */
  public MessageBuilder attrBe16(int attrType, int value) {
    return attr(attrType, ByteBuffer.allocate(2).putShort((short) value).array());
  }

  public MessageBuilder attrU64(int attrType, long value) {
    return attr(attrType, host(8).putLong(value).array());
  }

  /** A NUL-terminated string (NLA_NUL_STRING / IFA_LABEL / IFLA_IFNAME). */
  public MessageBuilder attrString(int attrType, String value) {
    byte[] s = value.getBytes(StandardCharsets.UTF_8);
    byte[] z = new byte[s.length + 1];
    System.arraycopy(s, 0, z, 0, s.length);
    return attr(attrType, z);
  }

  /** Opens a nested attribute; {@code flagNested} sets NLA_F_NESTED (rtnetlink leaves it off). */
  public MessageBuilder beginNested(int attrType, boolean flagNested) {
    nestStarts.push(len);
    ByteBuffer h = host(4).putShort((short) 0)
        .putShort((short) (attrType | (flagNested ? Netlink.NLA_F_NESTED : 0)));
    append(h.array(), 4);
    return this;
  }

  public MessageBuilder endNested() {
    int start = nestStarts.pop();
    int n = len - start;
    buf[start] = (byte) n;
    buf[start + 1] = (byte) (n >>> 8);
    return this;
  }

  /** The finished message (seq 0, port 0). */
  public NetlinkMessage build() {
    if (!nestStarts.isEmpty()) {
      throw new IllegalStateException("unclosed nested attribute");
    }
    byte[] payload = new byte[len];
    System.arraycopy(buf, 0, payload, 0, len);
    return new NetlinkMessage(type, flags, 0, 0, payload);
  }

  private void append(byte[] data, int n) {
    ensure(n);
    System.arraycopy(data, 0, buf, len, n);
    len += n;
  }

  private void pad() {
    int aligned = Netlink.align(len);
    ensure(aligned - len);
    len = aligned; // the new bytes are already zero
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      byte[] bigger = new byte[Math.max(buf.length * 2, len + extra)];
      System.arraycopy(buf, 0, bigger, 0, len);
      buf = bigger;
    }
  }

  private static ByteBuffer host(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.nativeOrder());
  }
}

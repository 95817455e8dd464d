package org.jkeepalived.linux.genl;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jkeepalived.linux.netlink.Attributes;
import org.jkeepalived.linux.netlink.MalformedNetlinkException;
import org.jkeepalived.linux.netlink.NetlinkMessage;

/**
 * A received generic netlink message: the family id (the netlink message type), its genlmsghdr
 * command and version, and the attributes that follow (families with a user header, which IPVS
 * and the controller do not have, would find it at the start of {@link #body()}).
 */
public final class GenlMessage {
  private final int family;
  private final int cmd;
  private final int version;
  private final byte[] body;

  private GenlMessage(int family, int cmd, int version, byte[] body) {
    this.family = family;
    this.cmd = cmd;
    this.version = version;
    this.body = body;
  }

  /** Reads the genlmsghdr of {@code m}; a payload shorter than the header is malformed. */
  public static GenlMessage of(NetlinkMessage m) {
    byte[] p = m.payloadBytes();
    if (p.length < Genl.HEADER_LEN) {
      throw new MalformedNetlinkException("generic netlink message of type " + m.type() + " has "
          + p.length + " payload bytes, shorter than its 4-byte genlmsghdr");
    }
    return new GenlMessage(m.type(), p[0] & 0xff, p[1] & 0xff,
        Arrays.copyOfRange(p, Genl.HEADER_LEN, p.length));
  }

  public int family() {
    return family;
  }

  public int cmd() {
    return cmd;
  }

  public int version() {
    return version;
  }

  /** The bytes after the genlmsghdr. */
  public byte[] body() {
    return body.clone();
  }

  /** The attributes after the genlmsghdr; throws {@link MalformedNetlinkException} if bad. */
  public Attributes attributes() {
    return Attributes.parse(ByteBuffer.wrap(body));
  }

  @Override
  public String toString() {
    return "GenlMessage{family=" + family + ", cmd=" + cmd + ", version=" + version + ", body="
        + body.length + "B}";
  }
}

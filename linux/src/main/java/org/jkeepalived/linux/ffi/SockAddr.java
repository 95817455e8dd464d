package org.jkeepalived.linux.ffi;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Socket address structs as bytes (uapi in.h, in6.h, if_packet.h, netlink.h). Family fields are
 * host order (little-endian on the supported arches), ports and addresses network order.
 */
public final class SockAddr {
  private SockAddr() {}

  public static final int SOCKADDR_IN_LEN = 16;
  public static final int SOCKADDR_IN6_LEN = 28;
  public static final int SOCKADDR_LL_LEN = 20;
  public static final int SOCKADDR_NL_LEN = 12;
  /** sizeof(struct sockaddr_storage). */
  public static final int STORAGE_LEN = 128;

  /** {@code struct sockaddr_in} or {@code sockaddr_in6} (scope id = interface index, may be 0). */
  public static byte[] inet(InetAddress address, int port, int scopeId) {
    if (address instanceof Inet4Address) {
      ByteBuffer b = host(SOCKADDR_IN_LEN);
      b.putShort((short) LinuxConstants.AF_INET);
      b.order(ByteOrder.BIG_ENDIAN).putShort((short) port).put(address.getAddress());
      return b.array();
    }
    ByteBuffer b = host(SOCKADDR_IN6_LEN);
    b.putShort((short) LinuxConstants.AF_INET6);
    b.order(ByteOrder.BIG_ENDIAN).putShort((short) port).putInt(0).put(address.getAddress());
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(scopeId);
    return b.array();
  }

  /**
   * {@code struct sockaddr_ll} for bind/sendto on a packet socket: protocol (an ETH_P_ value),
   * interface index and, for sendto, the destination hardware address (may be null).
   */
  public static byte[] link(int ethProtocol, int ifindex, byte[] hwAddr) {
    ByteBuffer b = host(SOCKADDR_LL_LEN);
    b.putShort((short) LinuxConstants.AF_PACKET);
    b.order(ByteOrder.BIG_ENDIAN).putShort((short) ethProtocol);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(ifindex);
    b.putShort((short) 0).put((byte) 0); // hatype, pkttype: ignored on send
    if (hwAddr != null) {
      b.put((byte) hwAddr.length).put(hwAddr);
    }
    return b.array();
  }

  /** {@code struct sockaddr_nl}: port id (0 lets the kernel choose) and multicast groups bitmask. */
  public static byte[] netlink(int portId, int groups) {
    ByteBuffer b = host(SOCKADDR_NL_LEN);
    b.putShort((short) LinuxConstants.AF_NETLINK).putShort((short) 0).putInt(portId).putInt(groups);
    return b.array();
  }

  /** sizeof(sun_path) in {@code struct sockaddr_un} (uapi un.h). */
  public static final int SUN_PATH_LEN = 108;

  /**
   * {@code struct sockaddr_un} for {@code path}, cut to the length bind/sendto must be given. A
   * path starting with '@' names a socket in the abstract namespace (unix(7)): the '@' becomes the
   * leading NUL and the name is not NUL-terminated, as sd_notify(3) reads $NOTIFY_SOCKET.
   *
   * @throws IllegalArgumentException an empty path, or one too long for sun_path
   */
  public static byte[] unix(String path) {
    boolean isAbstract = path.startsWith("@");
    byte[] name = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // abstract: NUL + name without the '@'; a file path: the name + its terminating NUL
    int pathBytes = isAbstract ? name.length : name.length + 1;
    if (name.length == 0 || (isAbstract && name.length < 2) || pathBytes > SUN_PATH_LEN) {
      throw new IllegalArgumentException("not a usable AF_UNIX socket path: \"" + path + "\"");
    }
    ByteBuffer b = host(2 + pathBytes);
    b.putShort((short) LinuxConstants.AF_UNIX);
    if (isAbstract) {
      b.put((byte) 0).put(name, 1, name.length - 1);
    } else {
      b.put(name).put((byte) 0);
    }
    return b.array();
  }

  /** Decodes a {@code sockaddr_in}/{@code sockaddr_in6} address; null for other families. */
  public static InetAddress decodeInet(byte[] sa, int len) {
    if (len < 2) {
      return null;
    }
    int family = (sa[0] & 0xff) | (sa[1] & 0xff) << 8;
    try {
      if (family == LinuxConstants.AF_INET && len >= 8) {
        return InetAddress.getByAddress(java.util.Arrays.copyOfRange(sa, 4, 8));
      }
      if (family == LinuxConstants.AF_INET6 && len >= 24) {
        byte[] a = java.util.Arrays.copyOfRange(sa, 8, 24);
        int scope = scopeOf(sa);
        // Only link-local sources carry a scope; a zero scope id means none.
        return scope == 0 ? InetAddress.getByAddress(a) : Inet6Address.getByAddress(null, a, scope);
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // cannot happen: lengths are checked
    }
    return null;
  }

  private static int scopeOf(byte[] sa) {
    return ByteBuffer.wrap(sa, 24, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }

  private static ByteBuffer host(int len) {
    return ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
  }
}

package org.jkeepalived.linux.watch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what read(2) returns on an inotify descriptor: packed {@code struct inotify_event}s in
 * host byte order, each 16 bytes (wd, mask, cookie, len) followed by {@code len} bytes of name,
 * NUL-padded.
 */
public final class InotifyCodec {
  public static final int HEADER = 16;

  private InotifyCodec() {}

  /**
   * Decodes {@code len} bytes. A truncated trailing event is an error: the kernel only ever hands
   * out whole events.
   */
  public static List<InotifyEvent> decode(byte[] buf, int len, ByteOrder order) {
    ByteBuffer b = ByteBuffer.wrap(buf, 0, len).order(order);
    List<InotifyEvent> out = new ArrayList<>();
    while (b.remaining() > 0) {
      if (b.remaining() < HEADER) {
        throw new IllegalArgumentException("truncated inotify event header: " + b.remaining());
      }
      int wd = b.getInt();
      int mask = b.getInt();
      int cookie = b.getInt();
      int nameLen = b.getInt();
      if (nameLen < 0 || nameLen > b.remaining()) {
        throw new IllegalArgumentException("inotify name length " + nameLen + " beyond buffer");
      }
      int start = b.position();
      int end = start;
      while (end < start + nameLen && buf[end] != 0) {
        end++;
      }
      String name = new String(buf, start, end - start, StandardCharsets.UTF_8);
      b.position(start + nameLen);
      out.add(new InotifyEvent(wd, mask, cookie, name));
    }
    return out;
  }

  /** Encodes events as the kernel lays them out (names padded to 4 bytes); for tests and fakes. */
  public static byte[] encode(List<InotifyEvent> events, ByteOrder order) {
    int size = 0;
    for (InotifyEvent e : events) {
      size += HEADER + padded(e.name());
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(order);
    for (InotifyEvent e : events) {
      byte[] n = e.name().getBytes(StandardCharsets.UTF_8);
      int len = padded(e.name());
      b.putInt(e.wd()).putInt(e.mask()).putInt(e.cookie()).putInt(len).put(n);
      b.position(b.position() + len - n.length);
    }
    return b.array();
  }

  private static int padded(String name) {
    int n = name.getBytes(StandardCharsets.UTF_8).length;
    return n == 0 ? 0 : (n + 1 + 3) & ~3;
  }
}

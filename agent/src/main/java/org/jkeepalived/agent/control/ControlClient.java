package org.jkeepalived.agent.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** Reads the daemon's answer from its control socket. */
public final class ControlClient {
  /** A status answer is small; anything beyond this is not one. */
  static final int MAX_ANSWER = 64 << 20;

  private ControlClient() {}

  /** The whole answer, read until the daemon closes the connection. */
  public static byte[] read(Path socket) throws IOException {
    try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      c.connect(UnixDomainSocketAddress.of(socket));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer b = ByteBuffer.allocate(65536);
      while (c.read(b) >= 0) {
        out.write(b.array(), 0, b.position());
        b.clear();
        if (out.size() > MAX_ANSWER) {
          throw new IOException("answer larger than " + MAX_ANSWER + " bytes");
        }
      }
      return out.toByteArray();
    }
  }

  /** Whether something accepts connections on {@code socket}. */
  static boolean answers(Path socket) {
    try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      c.connect(UnixDomainSocketAddress.of(socket));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
